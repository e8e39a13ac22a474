package dev.ferrum.service.store;

import java.util.List;
import java.util.Optional;

/** Stored keypairs, per user as in Nova. Obtain one from {@link Database#keyPairs()}. */
public interface KeyPairRepository {
  /**
   * Stores a new keypair.
   *
   * @param keyPair the keypair
   * @return the stored keypair
   * @throws dev.ferrum.service.DuplicateException if the user already has one with that name
   */
  KeyPair create(KeyPair keyPair);

  /**
   * Looks a keypair up.
   *
   * @param userId the owner
   * @param name the name
   * @return the keypair, or empty
   */
  Optional<KeyPair> find(String userId, String name);

  /**
   * Lists a user's keypairs, ordered by name.
   *
   * @param userId the owner
   * @return the keypairs
   */
  List<KeyPair> list(String userId);

  /**
   * Deletes a keypair.
   *
   * @param userId the owner
   * @param name the name
   * @throws dev.ferrum.service.NotFoundException if there is none
   */
  void delete(String userId, String name);
}
