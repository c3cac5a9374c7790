package id.pulih.recovery;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EnrolmentRepository extends ListCrudRepository<Enrolment, UUID> {

}
