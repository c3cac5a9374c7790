package id.pulih.budget;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AllocationRepository extends CrudRepository<Allocation, UUID> {

}
