"""The offline map: a Web Mercator canvas painted with QPainter, and its dock."""
