package id.pulih.recovery;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RecoverySessionRepository extends ListCrudRepository<RecoverySession, UUID> {

}
