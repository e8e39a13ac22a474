package dev.ferrum.service.store;

import dev.ferrum.service.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Stored images (registered URLs). Obtain one from {@link Database#images()}; visibility rules are
 * applied by the caller with {@link Image#visibleTo(String)}.
 */
public interface ImageRepository {
  /**
   * Stores a new image.
   *
   * @param image the image
   * @return the stored image
   * @throws dev.ferrum.service.DuplicateException if the id is taken
   */
  Image create(Image image);

  /**
   * Looks an image up by id.
   *
   * @param id the image id
   * @return the image, or empty
   */
  Optional<Image> find(String id);

  /**
   * Returns an image by id.
   *
   * @param id the image id
   * @return the image
   * @throws dev.ferrum.service.NotFoundException if there is none
   */
  default Image get(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("Image", id));
  }

  /**
   * Lists every image, newest first (Glance's default order).
   *
   * @return the images
   */
  List<Image> list();

  /**
   * Deletes an image.
   *
   * @param id the image id
   * @throws dev.ferrum.service.NotFoundException if there is none
   */
  void delete(String id);
}
