"""Evidence photos with Pillow: EXIF facts, thumbnails and print copies, the import job."""
