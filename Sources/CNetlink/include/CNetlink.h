#ifndef PORTLORE_CNETLINK_H
#define PORTLORE_CNETLINK_H
/* Filled in by HostInventory's netlink work. */
#endif
