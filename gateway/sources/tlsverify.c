/*
 * tlsverify.c - verifies a peer's certificate chain and host name with
 * GnuTLS (see tlsverify.h). Used by the IMAP source: libetpan completes a
 * TLS handshake with any certificate, so nothing is sent on a connection
 * before this says yes.
 */
#include "tlsverify.h"

#include <stdio.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

enum mb_status
tlsverify_chain(const unsigned char *const *der, const size_t *der_len, size_t n,
		const char *host, const char *ca_file, char *err, size_t errlen)
{
	gnutls_x509_trust_list_t tl = NULL;
	gnutls_x509_crt_t crt[TLSVERIFY_CHAIN_MAX];
	size_t ncrt = 0;
	unsigned status = 0;
	enum mb_status ret = MB_CONNECTION;
	int r;

	err[0] = '\0';
	if (n == 0) {
		snprintf(err, errlen, "the server sent no certificate");
		return MB_CONNECTION;
	}
	if (n > TLSVERIFY_CHAIN_MAX)
		n = TLSVERIFY_CHAIN_MAX;
	if (gnutls_x509_trust_list_init(&tl, 0) < 0) {
		snprintf(err, errlen, "cannot make a trust list");
		return MB_FATAL;
	}
	if (ca_file) {
		r = gnutls_x509_trust_list_add_trust_file(tl, ca_file, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
		if (r <= 0) {
			snprintf(err, errlen, "ca_file %s: %s", ca_file,
				 r < 0 ? gnutls_strerror(r) : "no certificate in it");
			ret = MB_CONFIG;
			goto out;
		}
	} else {
		r = gnutls_x509_trust_list_add_system_trust(tl, 0, 0);
		if (r <= 0) {
			snprintf(err, errlen, "no system trust store (set ca_file)");
			ret = MB_CONFIG;
			goto out;
		}
	}
	for (size_t i = 0; i < n; i++) {
		gnutls_datum_t d = {(unsigned char *)der[i], (unsigned)der_len[i]};
		if (gnutls_x509_crt_init(&crt[ncrt]) < 0) {
			snprintf(err, errlen, "out of memory");
			ret = MB_FATAL;
			goto out;
		}
		ncrt++;
		r = gnutls_x509_crt_import(crt[ncrt - 1], &d, GNUTLS_X509_FMT_DER);
		if (r < 0) {
			snprintf(err, errlen, "certificate %zu of the chain: %s", i, gnutls_strerror(r));
			goto out;
		}
	}
	gnutls_typed_vdata_st vd[2] = {
		{.type = GNUTLS_DT_DNS_HOSTNAME, .data = (unsigned char *)host, .size = 0},
		{.type = GNUTLS_DT_KEY_PURPOSE_OID, .data = (unsigned char *)GNUTLS_KP_TLS_WWW_SERVER,
		 .size = 0},
	};
	r = gnutls_x509_trust_list_verify_crt2(tl, crt, (unsigned)ncrt, vd, 2, 0, &status, NULL);
	if (r < 0) {
		snprintf(err, errlen, "%s", gnutls_strerror(r));
		goto out;
	}
	if (status != 0) {
		gnutls_datum_t out = {NULL, 0};
		if (gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &out, 0) == 0) {
			snprintf(err, errlen, "%s", (const char *)out.data);
			gnutls_free(out.data);
		} else {
			snprintf(err, errlen, "verification status 0x%x", status);
		}
		goto out;
	}
	ret = MB_OK;
out:
	for (size_t i = 0; i < ncrt; i++)
		gnutls_x509_crt_deinit(crt[i]);
	gnutls_x509_trust_list_deinit(tl, 1);
	return ret;
}
