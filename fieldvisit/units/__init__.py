"""Units (慰问单位/站点) visited as a whole: registry, visits and group distributions, wish lists."""
