/*
 * lgparse: parse sentences with link-grammar, one per input line, and print
 * one JSON object per line with the chosen linkage's words (byte spans in the
 * input line) and links, the null count and the parse time.
 *
 * Build: cc -O2 -o /tmp/lgparse lgparse.c -llink-grammar
 * Run:   /tmp/lgparse [--timeout SECS] [--limit N] [--diagram] < sentences.txt
 *
 * Linkage choice is deterministic: repeatable random sampling, a fixed
 * linkage limit, and linkage 0 (the best-ranked one). A sentence is first
 * parsed with no null links; if that finds nothing it is parsed again
 * allowing null links (words left out), as the link-parser program does.
 * The times printed (wall clock "ms", this thread's CPU time "cpu_ms")
 * cover both passes plus linkage extraction; CPU time is the figure to
 * trust on a shared machine.
 */
#include <link-grammar/link-includes.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void json_str(const char *s) {
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') { putchar('\\'); putchar(c); }
        else if (c < 0x20) printf("\\u%04x", c);
        else putchar(c);
    }
    putchar('"');
}

/* Send link-grammar's messages (locale notes, debug lines) to standard
 * error so standard output stays one JSON object per line. */
static void to_stderr(lg_errinfo *e, void *data) {
    (void)data;
    char *m = lg_error_formatmsg(e);
    fputs(m, stderr);
    free(m);
}

int main(int argc, char **argv) {
    int timeout = 1, limit = 1000, diagram = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--timeout") && i + 1 < argc) timeout = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc) limit = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--diagram")) diagram = 1;
        else { fprintf(stderr, "usage: lgparse [--timeout S] [--limit N] [--diagram]\n"); return 2; }
    }
    setlocale(LC_ALL, "C.UTF-8");
    lg_error_set_handler(to_stderr, NULL);
    double t0 = now_ms();
    Dictionary dict = dictionary_create_lang("en");
    if (!dict) { fprintf(stderr, "lgparse: cannot load the English dictionary\n"); return 1; }
    fprintf(stderr, "lgparse: dictionary loaded in %.1f ms\n", now_ms() - t0);
    Parse_Options opts = parse_options_create();
    parse_options_set_verbosity(opts, 0);
    parse_options_set_linkage_limit(opts, limit);
    parse_options_set_max_parse_time(opts, timeout);
    parse_options_set_repeatable_rand(opts, true);
    parse_options_set_islands_ok(opts, false);

    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long index = 0;
    while ((n = getline(&line, &cap, stdin)) != -1) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        double start = now_ms(), cstart = cpu_ms();
        Sentence sent = sentence_create(line, dict);
        int found = 0, valid = 0, nulls = 0, timedout = 0, words = 0;
        Linkage lk = NULL;
        if (sent && sentence_split(sent, opts) == 0) {
            parse_options_set_min_null_count(opts, 0);
            parse_options_set_max_null_count(opts, 0);
            parse_options_reset_resources(opts);
            found = sentence_parse(sent, opts);
            if (parse_options_resources_exhausted(opts)) timedout = 1;
            if (found <= 0) {
                parse_options_set_min_null_count(opts, 1);
                parse_options_set_max_null_count(opts, sentence_length(sent));
                parse_options_reset_resources(opts);
                found = sentence_parse(sent, opts);
                if (parse_options_resources_exhausted(opts)) timedout = 1;
            }
            if (found > 0) {
                valid = sentence_num_valid_linkages(sent);
                found = sentence_num_linkages_found(sent);
                lk = linkage_create(0, sent, opts);
                nulls = sentence_null_count(sent);
            }
        }
        double ms = now_ms() - start, cms = cpu_ms() - cstart;
        printf("{\"i\":%ld,\"ms\":%.3f,\"cpu_ms\":%.3f,\"found\":%d,\"valid\":%d,\"nulls\":%d,\"timeout\":%d", index, ms, cms, found, valid, nulls, timedout);
        if (lk) {
            words = (int)linkage_get_num_words(lk);
            printf(",\"words\":[");
            for (int w = 0; w < words; w++) {
                if (w) putchar(',');
                putchar('[');
                json_str(linkage_get_word(lk, w));
                printf(",%zu,%zu]", linkage_get_word_byte_start(lk, w), linkage_get_word_byte_end(lk, w));
            }
            printf("],\"links\":[");
            int links = (int)linkage_get_num_links(lk);
            for (int k = 0; k < links; k++) {
                if (k) putchar(',');
                printf("[%zu,%zu,", linkage_get_link_lword(lk, k), linkage_get_link_rword(lk, k));
                json_str(linkage_get_link_label(lk, k));
                putchar(']');
            }
            putchar(']');
            if (diagram) {
                char *d = linkage_print_diagram(lk, true, 200);
                printf(",\"diagram\":");
                json_str(d);
                linkage_free_diagram(d);
            }
            linkage_delete(lk);
        }
        printf("}\n");
        fflush(stdout);
        if (sent) sentence_delete(sent);
        index++;
    }
    free(line);
    parse_options_delete(opts);
    dictionary_delete(dict);
    return 0;
}
