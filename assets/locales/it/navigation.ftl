# The header's menu on every page: the destinations not shown in its first row.
nav-menu = Menu
