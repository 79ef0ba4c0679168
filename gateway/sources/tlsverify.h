/*
 * tlsverify.h - certificate-chain and host-name verification with GnuTLS,
 * for connections whose TLS library does not verify by itself (libetpan:
 * DESIGN.md, invariant 6). The caller hands over the peer's chain as DER
 * after the handshake and before it sends anything secret.
 */
#ifndef MB_TLSVERIFY_H
#define MB_TLSVERIFY_H

#include <stddef.h>

#include "error.h"

/* Verifies the chain der[0..n) (der[0] the server's own certificate) for
 * host (a DNS name or an IP address literal, matched against the
 * certificate's names) against the CAs of ca_file (PEM), or the system's
 * trust store when ca_file is NULL. Returns MB_OK when trusted;
 * MB_CONNECTION when the peer's chain is not (none sent, one that cannot be
 * read, or GnuTLS's reasons in err: "The certificate is NOT trusted. The
 * name in the certificate does not match the expected."); MB_CONFIG when
 * there is nothing to trust (ca_file unreadable or empty, no system trust
 * store); MB_FATAL out of memory. At most TLSVERIFY_CHAIN_MAX certificates
 * are read. */
#define TLSVERIFY_CHAIN_MAX 16
enum mb_status tlsverify_chain(const unsigned char *const *der, const size_t *der_len, size_t n,
			       const char *host, const char *ca_file, char *err,
			       size_t errlen) MB_MUST_USE;

#endif
