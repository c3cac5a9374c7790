package id.pulih.budget;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ActivityCostRepository extends CrudRepository<ActivityCost, UUID> {

}
