package id.pulih.workforce;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

}
