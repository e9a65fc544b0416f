#ifndef PORTLORE_CNETLINK_H
#define PORTLORE_CNETLINK_H

/*
 * Linux netlink / sock_diag declarations for HostInventory.
 * Glibc's Swift module has AF_NETLINK but none of these structs, and the
 * NLMSG_* helpers are macros Swift cannot import: they are wrapped below.
 */

#include <pthread.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>

/* pidfd syscalls for `portlore kill`, kept apart from the netlink declarations. */
#include "CProcessHandle.h"

/* setns(2) is declared by <sched.h> only under _GNU_SOURCE, which Swift's Glibc
 * module is built without. */
extern int setns(int fd, int nstype);

/* Thread placement, declared by <sched.h> and <pthread.h> only under _GNU_SOURCE
 * (same prototypes). SocketOwnerScan starts its threads on the CPUs the caller is
 * not on: see JoinedThreads. */
extern int sched_getcpu(void);
extern int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
extern int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
extern int pthread_attr_setaffinity_np(pthread_attr_t *attr, size_t size, const cpu_set_t *set);

/* CPU_ISSET, CPU_ZERO and CPU_SET are macros (and also _GNU_SOURCE only). */
static inline int portlore_cpu_isset(const cpu_set_t *set, int cpu) {
    if (cpu < 0 || cpu >= __CPU_SETSIZE) return 0;
    return (set->__bits[cpu / __NCPUBITS] >> (cpu % __NCPUBITS)) & 1;
}

static inline cpu_set_t portlore_cpu_only(int cpu) {
    cpu_set_t set;
    memset(&set, 0, sizeof set);
    if (cpu >= 0 && cpu < __CPU_SETSIZE) set.__bits[cpu / __NCPUBITS] |= (__cpu_mask)1 << (cpu % __NCPUBITS);
    return set;
}

static inline int portlore_cpu_setsize(void) {
    return __CPU_SETSIZE;
}

/* One SOCK_DIAG_BY_FAMILY dump request: the netlink header and its body. */
struct portlore_inet_diag_request {
    struct nlmsghdr header;
    struct inet_diag_req_v2 body;
};

/* The same request with an INET_DIAG_REQ_BYTECODE attribute that keeps only sockets
 * whose local port lies in [lowest_port.no, highest_port.no], so the kernel skips the
 * others instead of copying them all out (as `ss 'sport >= :A and sport <= :B'` does).
 * Each comparison op is followed by an op whose `no` field carries the port; all
 * members are 4-byte aligned, so the struct has no padding and the attribute follows
 * the request body at NLMSG_ALIGN(sizeof(struct inet_diag_req_v2)). */
struct portlore_inet_diag_port_request {
    struct nlmsghdr header;
    struct inet_diag_req_v2 body;
    struct nlattr bytecode;
    struct inet_diag_bc_op at_least;
    struct inet_diag_bc_op lowest_port;
    struct inet_diag_bc_op at_most;
    struct inet_diag_bc_op highest_port;
};

static inline uint32_t portlore_nlmsg_align(uint32_t length) {
    return NLMSG_ALIGN(length);
}

static inline uint32_t portlore_nlmsg_hdrlen(void) {
    return NLMSG_HDRLEN;
}

static inline uint32_t portlore_nlmsg_length(uint32_t payload) {
    return NLMSG_LENGTH(payload);
}

static inline int portlore_nlmsg_ok(const struct nlmsghdr *header, int remaining) {
    return NLMSG_OK(header, remaining);
}

static inline const struct nlmsghdr *portlore_nlmsg_next(const struct nlmsghdr *header, int *remaining) {
    return NLMSG_NEXT(header, *remaining);
}

static inline const void *portlore_nlmsg_data(const struct nlmsghdr *header) {
    return NLMSG_DATA(header);
}

#endif
