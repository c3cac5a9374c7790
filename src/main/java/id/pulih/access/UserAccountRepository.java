package id.pulih.access;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByPersonId(UUID personId);

}
