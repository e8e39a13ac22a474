package dev.ferrum.service;

/**
 * What an authenticated caller may do. Two roles are enough for Nova's default policies as the
 * stock client exercises them: admins manage the catalog and see every project, members work inside
 * their own project.
 */
public enum Role {
  /** Manages flavors and images, sees and acts on every project's resources. */
  ADMIN,
  /** Uses public resources and owns the resources of one project. */
  MEMBER
}
