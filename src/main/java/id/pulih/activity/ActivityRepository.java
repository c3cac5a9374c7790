package id.pulih.activity;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<Activity, UUID> {

}
