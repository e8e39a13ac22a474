/**
 * The JDBI/Flyway/HikariCP engine behind {@link dev.ferrum.service.store.Database}: SqlObject DAOs,
 * row mappers and the repository implementations. This package is internal and unsupported: it may
 * change in any release; use the interfaces in {@code dev.ferrum.service.store}.
 */
package dev.ferrum.service.store.internal;
