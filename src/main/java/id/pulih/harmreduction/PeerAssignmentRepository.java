package id.pulih.harmreduction;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PeerAssignmentRepository extends ListCrudRepository<PeerAssignment, UUID> {

}
