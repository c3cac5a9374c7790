package id.pulih.harmreduction;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OstCourseRepository extends ListCrudRepository<OstCourse, UUID> {

}
