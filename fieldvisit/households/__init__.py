"""Households (慰问对象) and their members: create, edit, archive, merge, search."""
