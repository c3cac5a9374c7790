package id.pulih.client;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ClientRepository extends ListCrudRepository<Client, UUID> {

}
