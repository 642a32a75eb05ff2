"""Screens for units (慰问单位/站点): the list with its profile and wish list, and a unit visit."""
