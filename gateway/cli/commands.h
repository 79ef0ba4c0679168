/*
 * commands.h - the sub-commands of mayorbox, one file each (cmd_*.c).
 * Each takes the arguments after its name and returns a sysexits.h code.
 */
#ifndef MB_COMMANDS_H
#define MB_COMMANDS_H

int cmd_parse(int argc, char **argv);
int cmd_classify(int argc, char **argv);
int cmd_hot(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_keygen(int argc, char **argv);
int cmd_unseal(int argc, char **argv);
int cmd_cases(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_mail(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_web(int argc, char **argv);
int cmd_departments(int argc, char **argv);

#endif
