/*
 * cli_labels.c - `mayorbox`'s options as the service's messages name them
 * (cli_labels.h): "--key /k: ..." where the web console reads "the secret
 * key file /k: ...".
 */
#include "cli_labels.h"

const struct labels cli_labels = {{
	[LABEL_KEY] = {"--key", "--key SECRET_KEY_FILE"},
	[LABEL_PUBLIC_KEY] = {"--public-key", "--public-key FILE"},
	[LABEL_OUTBOX_KEY] = {"--outbox-key", "--outbox-key FILE"},
	[LABEL_NOTE] = {"--note", "--note TEXT"},
	[LABEL_ANSWER] = {"--reply-file", "--reply-file FILE"},
	[LABEL_NO_MAIL] = {"--no-mail", "--no-mail"},
	[LABEL_NEW_DEPARTMENT] = {"--new-department", "--new-department"},
	[LABEL_SINCE] = {"--since", "--since DATE"},
	[LABEL_CONFIG] = {"--config", "--config FILE"},
}};
