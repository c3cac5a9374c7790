package id.pulih.reporting.estimate;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface PopulationEstimateRepository extends CrudRepository<PopulationEstimate, UUID> {

	Optional<PopulationEstimate> findByAreaCodeAndEstimateYear(String areaCode, int estimateYear);

}
