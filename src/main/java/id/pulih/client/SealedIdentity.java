package id.pulih.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's identifying details as stored: each field encrypted on its own with
 * {@link id.pulih.shared.FieldCipher} (AES-256-GCM). Only {@link IdentityVault} seals and
 * opens them.
 */
@Table("client_identity")
record SealedIdentity(@Nullable String nameOrNickname, @Nullable String nik, @Nullable String phone,
		@Nullable String address, Instant recordedAt, String recordedBy) {

}
