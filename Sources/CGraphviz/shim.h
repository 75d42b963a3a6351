/*
 * shim.h: the parts of Graphviz's C API that Swift 6 cannot use directly.
 *
 * - Mutable C globals (Agdirected, ...) are "not concurrency-safe" to Swift 6,
 *   so they are read through static inline functions.
 * - gvRenderData's length parameter changed type in Graphviz 13.0
 *   (unsigned int * before, size_t * from 13.0 on); chainmap_gv_render_data
 *   presents one size_t signature for both.
 * - Repeatable output in a long-lived process: a counter-based object ID
 *   discipline for reading (chainmap_ag_read) and a reset of the C random
 *   generators before layout (chainmap_reset_c_random). See each.
 *
 * Graphviz is not thread-safe: every function here must be called with the
 * renderer's process-wide lock held (GraphvizRenderer.swift does so).
 */
#ifndef CHAINMAP_CGRAPHVIZ_SHIM_H
#define CHAINMAP_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Debian/Ubuntu and pkg-config's -I<prefix>/include/graphviz both work. */
#if __has_include(<graphviz/gvc.h>)
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#else
#include <gvc.h>
#include <cgraph.h>
#endif

#if __has_include(<graphviz/graphviz_version.h>)
#include <graphviz/graphviz_version.h>
#elif __has_include(<graphviz_version.h>)
#include <graphviz_version.h>
#endif

/*
 * Version bridging. Graphviz defines GRAPHVIZ_VERSION_MAJOR in
 * graphviz_version.h only in newer releases; 2.42/2.43 (Debian 12) defines
 * just PACKAGE_VERSION "2.43.0", which the preprocessor cannot compare. An
 * absent macro therefore means "old", which is right: the size_t change
 * came with 13.0.
 */
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
#define CHAINMAP_GV_RENDER_LENGTH_IS_SIZE_T 1
#else
#define CHAINMAP_GV_RENDER_LENGTH_IS_SIZE_T 0
#endif

/* The Graphviz version of the headers this was compiled against. */
static inline const char *chainmap_gv_header_version(void) {
#if defined(PACKAGE_VERSION)
    return PACKAGE_VERSION;
#else
    return "unknown";
#endif
}

/* 1 when the headers declare gvRenderData with size_t *length (>= 13.0). */
static inline int chainmap_gv_render_length_is_size_t(void) {
    return CHAINMAP_GV_RENDER_LENGTH_IS_SIZE_T;
}

/*
 * gvRenderData with a size_t length on every Graphviz version. *result is
 * malloc'd by Graphviz: free it with gvFreeRenderData, not free().
 */
static inline int chainmap_gv_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                          char **result, size_t *length) {
#if CHAINMAP_GV_RENDER_LENGTH_IS_SIZE_T
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int narrow = 0;
    int rc = gvRenderData(gvc, g, format, result, &narrow);
    *length = (size_t)narrow;
    return rc;
#endif
}

/*
 * Deterministic parsing.
 *
 * cgraph's default ID discipline makes a named object's ID the address of
 * its interned name string, and subgraphs (clusters) are kept in ID order.
 * In a fresh `dot` process addresses grow with creation order, so clusters
 * come out in file order; in a long-lived process malloc reuses freed
 * memory, the order of the addresses (and so of the clusters) changes from
 * render to render, and dot lays the same input out differently each time.
 *
 * The discipline below is the default one with counters for addresses:
 * the n-th distinct name gets ID 2n (even, as the default's aligned
 * pointers are) and anonymous objects the next odd number. As in the
 * default, names are interned in the root graph's string dictionary
 * (agstrdup), because cgraph treats a name as one of its reference-counted
 * strings (aghtmlstr reads a flag stored in front of it); a per-root table
 * maps them to IDs and back. (cgraph's own internal name map, which it
 * uses for disciplines that do not map names, is no substitute: closing any
 * subgraph wipes it, and neato closes many.)
 */
typedef struct {
    Agraph_t *graph;       /* the root graph whose strings the names are */
    char **names;          /* names[k] has ID 2k + 2; agstrdup'd in graph */
    size_t count;
    size_t capacity;
    size_t *slots;         /* hash table: index + 1 into names, 0 = empty */
    size_t slot_count;     /* a power of two */
    IDTYPE next_anonymous; /* odd */
} chainmap_idstate_t;

static inline size_t chainmap_hash(const char *str) {
    size_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)str; *p; p++) h = (h ^ *p) * 1099511628211ULL;
    return h;
}

/* Index of `str` in names, or (size_t)-1. */
static inline size_t chainmap_id_find(const chainmap_idstate_t *ids, const char *str) {
    if (ids->slot_count == 0) return (size_t)-1;
    for (size_t i = chainmap_hash(str) & (ids->slot_count - 1);; i = (i + 1) & (ids->slot_count - 1)) {
        size_t slot = ids->slots[i];
        if (slot == 0) return (size_t)-1;
        if (strcmp(ids->names[slot - 1], str) == 0) return slot - 1;
    }
}

static inline int chainmap_id_rehash(chainmap_idstate_t *ids, size_t slot_count) {
    size_t *slots = (size_t *)calloc(slot_count, sizeof(size_t));
    if (slots == NULL) return 0;
    for (size_t k = 0; k < ids->count; k++) {
        size_t i = chainmap_hash(ids->names[k]) & (slot_count - 1);
        while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
        slots[i] = k + 1;
    }
    free(ids->slots);
    ids->slots = slots;
    ids->slot_count = slot_count;
    return 1;
}

/* Index of the new name, or (size_t)-1 when out of memory. */
static inline size_t chainmap_id_insert(chainmap_idstate_t *ids, const char *str) {
    if ((ids->count + 1) * 2 > ids->slot_count &&
        !chainmap_id_rehash(ids, ids->slot_count ? ids->slot_count * 2 : 64)) return (size_t)-1;
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? ids->capacity * 2 : 32;
        char **names = (char **)realloc(ids->names, capacity * sizeof(char *));
        if (names == NULL) return (size_t)-1;
        ids->names = names;
        ids->capacity = capacity;
    }
    char *copy = agstrdup(ids->graph, (char *)str); /* freed with the graph's strings; (char *): 2.43 lacks const */
    if (copy == NULL) return (size_t)-1;
    size_t index = ids->count++;
    ids->names[index] = copy;
    size_t i = chainmap_hash(str) & (ids->slot_count - 1);
    while (ids->slots[i] != 0) i = (i + 1) & (ids->slot_count - 1);
    ids->slots[i] = index + 1;
    return index;
}

/* One state per root graph, like the default discipline's. */
static inline void *chainmap_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    chainmap_idstate_t *ids = (chainmap_idstate_t *)calloc(1, sizeof(chainmap_idstate_t));
    if (ids == NULL) return NULL;
    ids->graph = g;
    ids->next_anonymous = 1;
    return ids;
}

static inline long chainmap_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    chainmap_idstate_t *ids = (chainmap_idstate_t *)state;
    if (ids == NULL) return 0;
    if (str == NULL) {
        *id = ids->next_anonymous;
        ids->next_anonymous += 2;
        return 1;
    }
    size_t index = chainmap_id_find(ids, str);
    if (index == (size_t)-1) {
        if (!createflag) return 0;
        index = chainmap_id_insert(ids, str);
        if (index == (size_t)-1) return 0;
    }
    *id = (IDTYPE)(2 * index + 2);
    return 1;
}

static inline void chainmap_id_free(void *state, int objtype, IDTYPE id) {
    (void)state; /* names stay until the graph and its strings close */
    (void)objtype;
    (void)id;
}

static inline char *chainmap_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    chainmap_idstate_t *ids = (chainmap_idstate_t *)state;
    if (ids == NULL || id % 2 != 0 || id == 0 || (id - 2) / 2 >= ids->count) return NULL;
    return ids->names[(id - 2) / 2];
}

static inline void chainmap_id_close(void *state) {
    chainmap_idstate_t *ids = (chainmap_idstate_t *)state;
    if (ids == NULL) return;
    free(ids->names); /* the strings themselves belong to the graph */
    free(ids->slots);
    free(ids);
}

/* The disciplines for one render (see chainmap_disciplines_new). */
typedef struct {
    Agiddisc_t id;
    Agiodisc_t io;
    Agdisc_t disc;
} chainmap_disciplines_t;

/* The input for the IO discipline: a byte range, handed out line by line
 * like cgraph's own agmemread does. */
typedef struct {
    const char *data;
    size_t length;
    size_t position;
} chainmap_reader_t;

static inline int chainmap_read_line(void *chan, char *buf, int bufsize) {
    chainmap_reader_t *reader = (chainmap_reader_t *)chan;
    if (bufsize <= 0 || reader->position >= reader->length) return 0;
    int count = 0;
    while (reader->position < reader->length && count < bufsize) {
        char c = reader->data[reader->position++];
        buf[count++] = c;
        if (c == '\n') break;
    }
    return count;
}

/*
 * The disciplines for one render. Graphs keep pointers to them, so they
 * must outlive every graph read with them: free them only after agclose.
 * (Heap, not static storage: Swift's importer emits a header's inline
 * functions but not its statics.) Built by copying cgraph's defaults and
 * setting fields by name, so members added or removed across Graphviz
 * versions (Agdisc_t lost `mem` in later releases) need no #if.
 */
static inline chainmap_disciplines_t *chainmap_disciplines_new(void) {
    chainmap_disciplines_t *d = (chainmap_disciplines_t *)calloc(1, sizeof(chainmap_disciplines_t));
    if (d == NULL) return NULL;
    d->id = AgIdDisc;
    d->id.open = chainmap_id_open;
    d->id.map = chainmap_id_map;
    d->id.free = chainmap_id_free;
    d->id.print = chainmap_id_print;
    d->id.close = chainmap_id_close;
    d->io = AgIoDisc;
    d->io.afread = chainmap_read_line;
    d->disc.id = &d->id; /* members left NULL: cgraph's defaults */
    d->disc.io = &d->io;
    return d;
}

static inline void chainmap_disciplines_free(chainmap_disciplines_t *d) { free(d); }

/*
 * agmemread with the deterministic ID discipline: reads the first graph in
 * text[0..<length]. NULL on a syntax error (reported through agerr) or when
 * there is no graph. Free the result with agclose, then the disciplines.
 */
static inline Agraph_t *chainmap_ag_read(chainmap_disciplines_t *d, const char *text, size_t length) {
    chainmap_reader_t reader = {text, length, 0};
    return agread(&reader, &d->disc);
}

/*
 * Layout engines draw from the C library's random generators: neato seeds
 * drand48 itself, but sfdp uses rand()/random() unseeded, so in a
 * long-lived process its result depends on how much earlier renders drew.
 * Resetting them to a fixed state before each layout makes sfdp repeatable.
 * (It also resets them for any other user in this process, who should not
 * rely on these legacy generators anyway.)
 */
static inline void chainmap_reset_c_random(void) {
    unsigned short state[3] = {0, 0, 0}; /* glibc's initial drand48 state */
    (void)seed48(state);
    srand(1);
    srandom(1);
}

/* Graph kinds for agopen; Swift 6 refuses to read the mutable globals. */
static inline Agdesc_t chainmap_ag_directed(void) { return Agdirected; }
static inline Agdesc_t chainmap_ag_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t chainmap_ag_undirected(void) { return Agundirected; }
static inline Agdesc_t chainmap_ag_strict_undirected(void) { return Agstrictundirected; }

/*
 * Error reporting. cgraph sends every message of level >= the threshold set
 * with agseterr to the handler installed with agseterrf (or to stderr when
 * none is installed); lower levels go to a temp file readable with aglasterr.
 * These wrappers just give the C enum a plain int face.
 */
static inline int chainmap_ag_seterr_level_warnings(void) { return (int)agseterr(AGWARN); }
static inline void chainmap_ag_restore_err_level(int level) { (void)agseterr((agerrlevel_t)level); }

/* Highest error level seen since the last reset (0 = none or warnings only). */
static inline int chainmap_ag_errors(void) { return agerrors(); }
static inline int chainmap_ag_reset_errors(void) { return agreseterrors(); }

/* aglasterr's malloc'd copy of the last stored message, or NULL; free() it. */
static inline char *chainmap_ag_last_error(void) { return aglasterr(); }
static inline void chainmap_free(void *p) { free(p); }

#endif /* CHAINMAP_CGRAPHVIZ_SHIM_H */
