package id.pulih.referral;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, UUID> {

}
