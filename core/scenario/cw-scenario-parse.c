/* cw-scenario-parse.c — untrusted bytes to an XML tree, and the schema check
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of "Untrusted files" in conventions.md: the bytes are already in
 * memory and capped; they must be UTF-8; they are parsed with XML_PARSE_NONET
 * and no other option (no entity substitution, no DTD loading, no XInclude,
 * no huge mode, no recovery); a DOCTYPE stops the parser the moment it is
 * seen, before any entity is declared; external entities cannot be loaded at
 * all; errors come through the context's structured handler, with lines.
 */
#define G_LOG_DOMAIN "cw-scenario-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>

#include "cw-core-resources.h"
#include "cw-scenario-file-private.h"

#define SCHEMA_PATH RESOURCE_BASE "/schema/cw-scenario.rng"
#define EXPERIMENT_SCHEMA_PATH RESOURCE_BASE "/schema/cw-experiment.rng"
#define LESSON_SCHEMA_PATH RESOURCE_BASE "/schema/cw-lesson.rng"

typedef struct {
  CwFileReport             *report;
  gboolean                  doctype;
  gboolean                  failed;    /* a fatal error was reported */
  guint                     elements;
  startElementNsSAX2Func    start_element;
} ParseState;

static xmlParserInputPtr
deny_entity_cb (const char       *url,
                const char       *id,
                xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

static void
schema_parse_error_cb (void     *user_data,
                       xmlError *error)
{
  g_critical ("A built-in schema does not compile, line %d: %s",
              error->line, error->message);
}

/* Compiles the schema at the resource @path; kept for the life of the process. */
static xmlRelaxNGPtr
compile_schema (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr context;
  xmlRelaxNGPtr schema;
  gsize length;
  const char *text;

  bytes = g_resource_lookup_data (cw_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  text = g_bytes_get_data (bytes, &length);
  context = xmlRelaxNGNewMemParserCtxt (text, (int) length);
  xmlRelaxNGSetParserStructuredErrors (context, schema_parse_error_cb, NULL);
  schema = xmlRelaxNGParse (context);
  xmlRelaxNGFreeParserCtxt (context);
  g_assert (schema != NULL);
  return schema;
}

static xmlRelaxNGPtr schemas[CW_N_FILE_SCHEMAS];

static gpointer
init_libxml_once (gpointer data)
{
  xmlInitParser ();
  xmlSetExternalEntityLoader (deny_entity_cb);
  schemas[CW_FILE_SCHEMA_SCENARIO] = compile_schema (SCHEMA_PATH);
  schemas[CW_FILE_SCHEMA_EXPERIMENT] = compile_schema (EXPERIMENT_SCHEMA_PATH);
  schemas[CW_FILE_SCHEMA_LESSON] = compile_schema (LESSON_SCHEMA_PATH);
  return NULL;
}

/* Sets up libxml2 and returns the compiled schema @which. */
static xmlRelaxNGPtr
get_schema (CwFileSchema which)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_libxml_once, NULL);
  return schemas[which];
}

static int
line_at (const char *data,
         const char *position)
{
  int line = 1;

  for (const char *p = data; p < position; p++)
    line += *p == '\n';
  return line;
}

/* The encoding named in the XML declaration, if any. */
static char *
declared_encoding (const char *data,
                   gsize       length)
{
  g_autofree char *head = NULL;
  const char *end, *p, *quote;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  if (length < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;
  head = g_strndup (data, MIN (length, 256));
  end = strstr (head, "?>");
  p = strstr (head, "encoding");
  if (end == NULL || p == NULL || p > end)
    return NULL;
  p += strlen ("encoding");
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '=')
    p++;
  if (*p != '"' && *p != '\'')
    return NULL;
  quote = strchr (p + 1, *p);
  if (quote == NULL || quote > end)
    return NULL;
  return g_strndup (p + 1, quote - p - 1);
}

static gboolean
check_encoding (const char   *data,
                gsize         length,
                CwFileReport *report)
{
  g_autofree char *encoding = declared_encoding (data, length);
  const char *bad;

  /* FF FE is also how UTF-32 little-endian starts: test for it first. */
  if (length >= 4 && (memcmp (data, "\xFF\xFE\0\0", 4) == 0 || memcmp (data, "\0\0\xFE\xFF", 4) == 0))
    {
      cw_file_report_error (report, 1,
                            _("The file is saved as UTF-32; scenario files must be saved as UTF-8."));
      return FALSE;
    }
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      cw_file_report_error (report, 1,
                            _("The file is saved as UTF-16; scenario files must be saved as UTF-8."));
      return FALSE;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      bad = memchr (data, '\0', length);
      cw_file_report_error (report, line_at (data, bad),
                            _("The file contains binary data, not the text of a scenario."));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, &bad))
    {
      cw_file_report_error (report, line_at (data, bad),
                            _("The file is not UTF-8 text: the byte 0x%02X here belongs to another "
                              "encoding. Save the file again as UTF-8."),
                            (guint) (guchar) *bad);
      return FALSE;
    }
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0 &&
      g_ascii_strcasecmp (encoding, "UTF8") != 0)
    {
      cw_file_report_error (report, 1,
                            _("The file says it is in the encoding “%s”; scenario files must be in UTF-8."),
                            encoding);
      return FALSE;
    }
  return TRUE;
}

/* Where the construct starting at @p ends, if it is a comment, CDATA section
 * or processing instruction, whose text is not markup; else NULL. */
static const char *
skip_unmarked (const char *p,
               const char *end)
{
  static const struct { const char *open; const char *close; } kinds[] = {
    { "<!--", "-->" }, { "<![CDATA[", "]]>" }, { "<?", "?>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gsize n = strlen (kinds[i].open);

      if ((gsize) (end - p) >= n && memcmp (p, kinds[i].open, n) == 0)
        {
          const char *close = g_strstr_len (p + n, end - p - n, kinds[i].close);

          return close ? close + strlen (kinds[i].close) : end;
        }
    }
  return NULL;
}

/* Refuses a start tag with more than CW_SCENARIO_MAX_ATTRIBUTES attributes
 * before libxml2 sees it: it compares every attribute with every other. */
static gboolean
check_attribute_counts (const char   *data,
                        gsize         length,
                        CwFileReport *report)
{
  const char *end = data + length;
  const char *p = data;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      const char *skipped = skip_unmarked (p, end);
      const char *tag = p;
      char quote = 0;
      guint equals = 0;

      if (skipped != NULL)
        {
          p = skipped;
          continue;
        }
      for (p++; p < end && (quote != 0 || *p != '>'); p++)
        {
          if (quote != 0)
            quote = *p == quote ? 0 : quote;
          else if (*p == '"' || *p == '\'')
            quote = *p;
          else if (*p == '=' && ++equals > CW_SCENARIO_MAX_ATTRIBUTES)
            {
              cw_file_report_error (report, line_at (data, tag),
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "An element has more than %d attribute; no element of a "
                                                 "scenario has more than 8, so the file is not read.",
                                                 "An element has more than %d attributes; no element of a "
                                                 "scenario has more than 8, so the file is not read.",
                                                 CW_SCENARIO_MAX_ATTRIBUTES),
                                    CW_SCENARIO_MAX_ATTRIBUTES);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* Called as soon as "<!DOCTYPE name ..." is read, before its internal
 * subset: nothing it declares is ever processed. */
static void
doctype_cb (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->doctype = TRUE;
  cw_file_report_error (state->report, xmlSAX2GetLineNumber (ctxt),
                        _("The file contains a document type declaration (<!DOCTYPE …>). Scenario "
                          "files never do, and it can be used to attack the computer, so the file "
                          "is not read."));
  xmlStopParser (ctxt);
}

/* Counts elements, and stops at CW_SCENARIO_MAX_ELEMENTS: a tree of a
 * million tiny elements would take hundreds of megabytes. */
static void
start_element_cb (void           *user_data,
                  const xmlChar  *name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (++state->elements > CW_SCENARIO_MAX_ELEMENTS)
    {
      state->failed = TRUE;
      cw_file_report_error (state->report, xmlSAX2GetLineNumber (ctxt),
                            g_dngettext (GETTEXT_PACKAGE,
                                         "The file has more than %d element, far more than any scenario, so "
                                         "it is not read.",
                                         "The file has more than %d elements, far more than any scenario, so "
                                         "it is not read.", CW_SCENARIO_MAX_ELEMENTS),
                            CW_SCENARIO_MAX_ELEMENTS);
      xmlStopParser (ctxt);
      return;
    }
  state->start_element (user_data, name, prefix, uri, n_namespaces, namespaces,
                        n_attributes, n_defaulted, attributes);
}

/* A policymaker's sentence for the first well-formedness error; @at_end
 * when the parser had read the whole input. */
static char *
describe_parse_error (const xmlError *error,
                      gboolean        at_end)
{
  const char *str1 = error->str1 ? error->str1 : "";
  const char *str2 = error->str2 ? error->str2 : "";
  g_autofree char *detail = g_strstrip (g_strdup (error->message ? error->message : ""));

  switch (error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
    case XML_ERR_DOCUMENT_START:
      return g_strdup (_("This is not a scenario file: it does not start like an XML document."));
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("There is more text after the end of the scenario."));
    case XML_ERR_TAG_NOT_FINISHED:
      return g_strdup_printf (_("The file ends before the element “%s” opened on line %d is closed: "
                                "it is incomplete, perhaps cut off while copying."),
                              str1, error->int1);
    case XML_ERR_TAG_NAME_MISMATCH:
      return g_strdup_printf (_("The element “%s” opened on line %d is closed as “%s”."),
                              str1, error->int1, str2);
    case XML_ERR_UNDECLARED_ENTITY:
      return g_strdup_printf (_("The file uses “&%s;”, which is not defined; only &amp; &lt; &gt; "
                                "&quot; and &apos; can be used."), str1);
    case XML_ERR_INTERNAL_ERROR:
      if (strstr (detail, "depth") != NULL)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The elements are nested more than %d level deep; a "
                                             "scenario never is, so the file is not read.",
                                             "The elements are nested more than %d levels deep; a "
                                             "scenario never is, so the file is not read.", error->int1),
                                error->int1);
      break;
    default:
      break;
    }
  if (at_end)
    return g_strdup (_("The file ends in the middle of the scenario: it is incomplete, perhaps cut "
                       "off while copying."));
  /* Translators: %s is the XML parser's own (English) description */
  return g_strdup_printf (_("The file is damaged: it is not well-formed XML (%s)."), detail);
}

static void
parse_error_cb (void     *user_data,
                xmlError *error)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *message = NULL;

  /* After a DOCTYPE or the first fatal error the rest is noise. */
  if (state->doctype || state->failed)
    return;
  if (error->level == XML_ERR_WARNING)
    {
      g_autofree char *detail = g_strstrip (g_strdup (error->message ? error->message : ""));

      /* Translators: %s is the XML parser's own (English) description */
      cw_file_report_add (state->report, CW_PROBLEM_WARNING, error->line,
                          _("Something in the file is unusual, but it can be read (%s)."), detail);
      return;
    }
  message = describe_parse_error (error, ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end);
  state->failed = TRUE;
  cw_file_report_error (state->report, error->line, "%s", message);
}

xmlDoc *
cw_scenario_parse_xml (const char   *data,
                       gsize         length,
                       CwFileReport *report)
{
  ParseState state = { report, FALSE, FALSE, 0, NULL };
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;

  g_assert (length <= CW_SCENARIO_MAX_BYTES);
  get_schema (CW_FILE_SCHEMA_SCENARIO);

  if (is_blank (data, length))
    {
      cw_file_report_error (report, 0, _("The file is empty."));
      return NULL;
    }
  if (!check_encoding (data, length, report) || !check_attribute_counts (data, length, report))
    return NULL;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory creating an XML parser");
  ctxt->_private = &state;
  ctxt->sax->internalSubset = doctype_cb;
  ctxt->sax->serror = parse_error_cb;
  state.start_element = ctxt->sax->startElementNs;
  ctxt->sax->startElementNs = start_element_cb;
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  if (state.doctype || state.failed || !ctxt->wellFormed || doc == NULL ||
      xmlDocGetRootElement (doc) == NULL)
    {
      if (!state.doctype && !state.failed)
        cw_file_report_error (report, 0, _("The file contains no scenario."));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

/* What a value of an XML Schema datatype looks like, in words. */
static const char *
describe_datatype (const char *type)
{
  if (g_strcmp0 (type, "double") == 0)
    return _("a number such as 0.25");
  if (g_strcmp0 (type, "integer") == 0)
    return _("a whole number");
  if (g_strcmp0 (type, "unsignedLong") == 0)
    return _("a whole number of at least 0");
  if (g_strcmp0 (type, "NCName") == 0)
    return _("an id made of letters, digits and underscores");
  return _("a simpler value");
}

static gboolean
is_rng (const xmlNode *node,
        const char    *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static char *
rng_name (const xmlNode *node)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) "name");
  char *name = g_strdup ((const char *) value);

  xmlFree (value);
  return name;
}

/* The <define name="@name"> of the schema @root, or NULL. */
static xmlNode *
rng_define (xmlNode    *root,
            const char *name)
{
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (is_rng (node, "define"))
      {
        g_autofree char *defined = rng_name (node);

        if (g_strcmp0 (defined, name) == 0)
          return node;
      }
  return NULL;
}

/* Appends the elements a pattern allows, in its order: <element> itself, or
 * what a <ref>, <optional>, <zeroOrMore> or <group> stands for. */
static void
rng_collect (xmlNode   *root,
             xmlNode   *pattern,
             GPtrArray *names)
{
  for (xmlNode *node = pattern->children; node != NULL; node = node->next)
    {
      if (is_rng (node, "element"))
        g_ptr_array_add (names, rng_name (node));
      else if (is_rng (node, "ref"))
        {
          g_autofree char *ref = rng_name (node);
          xmlNode *define = rng_define (root, ref);

          if (define != NULL)
            rng_collect (root, define, names);
        }
      else if (!is_rng (node, "attribute"))
        rng_collect (root, node, names);
    }
}

/* The first <element name="@name"> below @node, or NULL. */
static xmlNode *
rng_element (xmlNode    *node,
             const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (is_rng (child, "element"))
        {
          g_autofree char *element = rng_name (child);

          if (g_strcmp0 (element, name) == 0)
            return child;
        }
      if ((found = rng_element (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* The children the schema allows in the element @parent, in their order
 * ("meta, profile, levers, cycle, parameters, run"), or NULL. */
static char *
schema_order (const char *parent)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (cw_core_get_resource (), SCHEMA_PATH,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  xmlDoc *doc = xmlReadMemory (text, (int) length, NULL, "UTF-8", XML_PARSE_NONET);
  xmlNode *element;
  char *order = NULL;

  if (doc == NULL)
    return NULL;
  element = rng_element (xmlDocGetRootElement (doc), parent);
  if (element != NULL)
    rng_collect (xmlDocGetRootElement (doc), element, names);
  if (names->len > 0)
    {
      g_ptr_array_add (names, NULL);
      order = g_strjoinv (", ", (char **) names->pdata);
    }
  xmlFreeDoc (doc);
  return order;
}

/* The element the validator was in when it found @error, by name. */
static const char *
error_parent (const xmlError *error)
{
  const xmlNode *node = error->node;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  if (error->code != XML_RELAXNG_ERR_EXTRACONTENT && node->parent != NULL &&
      node->parent->type == XML_ELEMENT_NODE)
    node = node->parent;
  return (const char *) node->name;
}

static char *
describe_schema_error (const xmlError *error)
{
  const char *str1 = error->str1 ? error->str1 : "";
  const char *str2 = error->str2 ? error->str2 : "";
  g_autofree char *detail = g_strstrip (g_strdup (error->message ? error->message : ""));

  switch (error->code)
    {
    case XML_RELAXNG_ERR_DATATYPE:
      return g_strdup_printf (_("The value “%s” is not allowed here: it must be %s."),
                              str2, describe_datatype (str1));
    case XML_RELAXNG_ERR_INVALIDATTR:
      return g_strdup_printf (_("The element “%s” cannot have the attribute “%s”, or not with this value."),
                              str2, str1);
    case XML_RELAXNG_ERR_ATTRVALID:
      return g_strdup_printf (_("The element “%s” lacks an attribute it needs, or has one it cannot have."),
                              str1);
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
    case XML_RELAXNG_ERR_EXTRACONTENT:
    case XML_RELAXNG_ERR_NOTELEM:
      {
        const char *parent = error_parent (error);
        g_autofree char *order = parent != NULL ? schema_order (parent) : NULL;
        const char *element = error->code == XML_RELAXNG_ERR_EXTRACONTENT ? str2 : str1;

        if (order == NULL)
          return g_strdup_printf (_("The element “%s” is not allowed here, or not in this order."),
                                  element);
        /* Translators: %s: an element, %s: its parent, %s: the children the parent may have */
        return g_strdup_printf (_("The element “%s” is not allowed here, or not in this order: "
                                  "“%s” may contain, in this order: %s."), element, parent, order);
      }
    case XML_RELAXNG_ERR_NOELEM:
      return g_strdup_printf (_("The element “%s” is missing here."), str1);
    case XML_RELAXNG_ERR_TEXTWRONG:
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      return g_strdup_printf (_("The element “%s” cannot contain text."), str1);
    default:
      /* Translators: %s is the schema validator's own (English) description */
      return g_strdup_printf (_("This part of the file does not follow the scenario format (%s)."),
                              detail);
    }
}

static void
schema_error_cb (void     *user_data,
                 xmlError *error)
{
  CwFileReport *report = user_data;
  g_autofree char *message = describe_schema_error (error);

  /* The error's own line stops at 65535; the node's goes on. */
  long line = error->node != NULL ? xmlGetLineNo (error->node) : error->line;

  cw_file_report_add_schema (report, line > 0 && line < G_MAXINT ? (int) line : error->line, message);
}

void
cw_file_validate_xml (xmlDoc       *doc,
                      CwFileSchema  which,
                      CwFileReport *report)
{
  static GMutex lock;
  xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt (get_schema (which));

  if (context == NULL)
    g_error ("Out of memory creating a schema validator");
  xmlRelaxNGSetValidStructuredErrors (context, schema_error_cb, report);
  /* One validation at a time: libxml2 does not promise that a schema can be
   * shared between threads. */
  g_mutex_lock (&lock);
  xmlRelaxNGValidateDoc (context, doc);
  g_mutex_unlock (&lock);
  xmlRelaxNGFreeValidCtxt (context);
}

/* How well the language @lang (BCP 47 or a locale name) matches the user's
 * languages: 0 for not at all, higher for earlier in their list. */
static guint
language_rank (const char *lang)
{
  const char * const *names = g_get_language_names ();
  guint n = g_strv_length ((char **) names);
  g_autofree char *wanted = g_strdelimit (g_strdup (lang), "-", '_');

  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (names[i], wanted) == 0)
      return n - i + 1;
  return 0;
}

char *
cw_file_localized_text (xmlNode    *parent,
                        const char *ns,
                        const char *element,
                        char      **lang)
{
  xmlNode *best = NULL;
  guint best_rank = 0;
  xmlChar *text;
  char *copy;

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      xmlChar *node_lang;
      guint rank;

      if (!cw_file_is_element (node, ns, element))
        continue;
      node_lang = xmlNodeGetLang (node);
      /* A text without a language is the one for everybody else. */
      rank = node_lang ? language_rank ((const char *) node_lang) : 1;
      if (rank > 0 && rank > best_rank)
        {
          best = node;
          best_rank = rank;
          if (lang != NULL)
            {
              g_free (*lang);
              *lang = node_lang ? g_strdup ((const char *) node_lang) : NULL;
            }
        }
      xmlFree (node_lang);
    }
  if (best == NULL)
    return NULL;
  text = xmlNodeGetContent (best);
  copy = g_strdup (text ? (const char *) text : "");
  xmlFree (text);
  return copy;
}
