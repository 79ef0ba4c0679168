/*
 * unittest.h - how a unit test reaches a module's inner logic.
 *
 * A function marked MB_STATIC is static in the program, and external in
 * the test build (-DUNITTEST, TEST_CFLAGS), where tests/unit/ call it
 * through the prototype its module's header keeps under #ifdef UNITTEST
 * (which also satisfies -Wmissing-prototypes). Such a function keeps its
 * module's prefix, so the test build's extra symbols cannot collide.
 */
#ifndef MB_UNITTEST_H
#define MB_UNITTEST_H

#ifdef UNITTEST
#define MB_STATIC
#else
#define MB_STATIC static
#endif

#endif
