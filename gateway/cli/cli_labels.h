/*
 * cli_labels.h - the inputs of the service's use cases as `mayorbox` names
 * them (its options), for the service's messages (service/labels.h).
 */
#ifndef MB_CLI_LABELS_H
#define MB_CLI_LABELS_H

#include "labels.h"

extern const struct labels cli_labels;

#endif
