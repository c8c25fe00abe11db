/* cw-document.c — one open scenario: its file, its edits, undo and selection
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-document"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cw-document.h"
#include "cw-undo.h"

/* What the properties were before a change, to notify only real changes. */
typedef struct {
  gboolean  modified;
  gboolean  can_undo;
  gboolean  can_redo;
  char     *title;
} Before;

struct _CwDocument
{
  GObject      parent_instance;

  CwScenario  *scenario;
  CwScenario  *saved;        /* copy of the scenario as last opened or saved */
  GFile       *file;
  CwUndo      *undo;
  guint64      state_id;     /* grows with every change, undo and redo included */
  /* Numbers of contents: undo goes back to the earlier number, so the
   * document knows when the content on screen is the one saved. */
  guint        content;      /* number of the content on screen */
  guint        next_content;
  guint        saved_content; /* number of the content last loaded or saved */
  gboolean     editing;
  Before       before_edit;

  GHashTable  *selected;     /* stage ids */
  char        *anchor;       /* the one selected first */
  int          selected_edge;
};

G_DEFINE_FINAL_TYPE (CwDocument, cw_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  REPLACED,
  SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

CwDocument *
cw_document_new (CwScenario *scenario)
{
  CwDocument *self = g_object_new (CW_TYPE_DOCUMENT, NULL);

  g_return_val_if_fail (scenario != NULL, self);
  self->scenario = scenario;
  self->saved = cw_scenario_copy (scenario);
  return self;
}

const CwScenario *
cw_document_get_saved_scenario (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return self->saved;
}

const CwScenario *
cw_document_get_scenario (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return self->scenario;
}

GFile *
cw_document_get_file (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
cw_document_get_title (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  if (self->scenario->meta.title != NULL && self->scenario->meta.title[0] != '\0')
    return self->scenario->meta.title;
  return _("Untitled scenario");
}

char *
cw_document_get_export_base (CwDocument *self)
{
  char *base, *dot;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);

  if (self->file == NULL)
    return g_strdup (cw_document_get_title (self));
  base = g_file_get_basename (self->file);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return base;
}

gboolean
cw_document_get_modified (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  return self->content != self->saved_content;
}

guint64
cw_document_get_state_id (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), 0);
  return self->state_id;
}

gboolean
cw_document_get_can_undo (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  return cw_undo_can_undo (self->undo);
}

gboolean
cw_document_get_can_redo (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  return cw_undo_can_redo (self->undo);
}

static void
set_anchor (CwDocument *self,
            const char *id)
{
  if (self->anchor != id)
    {
      g_free (self->anchor);
      self->anchor = g_strdup (id);
    }
}

/* Drops selected stages and edges that no longer exist. */
static void
prune_selection (CwDocument *self)
{
  GHashTableIter iter;
  const char *id;
  gboolean pruned = FALSE;

  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (cw_scenario_find_stage (self->scenario, id, NULL) == NULL)
      {
        g_hash_table_iter_remove (&iter);
        pruned = TRUE;
      }
  if (self->anchor != NULL && !g_hash_table_contains (self->selected, self->anchor))
    g_clear_pointer (&self->anchor, g_free);
  if (self->selected_edge >= (int) self->scenario->edges->len)
    {
      self->selected_edge = -1;
      pruned = TRUE;
    }
  if (pruned)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* Everything that follows a change of the scenario on screen. */
static void
remember (CwDocument *self,
          Before     *before)
{
  before->modified = cw_document_get_modified (self);
  before->can_undo = cw_document_get_can_undo (self);
  before->can_redo = cw_document_get_can_redo (self);
  g_free (before->title);
  before->title = g_strdup (cw_document_get_title (self));
}

/* Everything that follows a change of the scenario on screen; clears @before. */
static void
announce_change (CwDocument *self,
                 Before     *before)
{
  self->state_id++;
  prune_selection (self);
  g_signal_emit (self, signals[CHANGED], 0);
  if (g_strcmp0 (before->title, cw_document_get_title (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (before->modified != cw_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (before->can_undo != cw_document_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != cw_document_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_clear_pointer (&before->title, g_free);
}

static void
set_file (CwDocument *self,
          GFile      *file)
{
  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
replace (CwDocument *self,
         CwScenario *scenario,
         GFile      *file,
         gboolean    saved)
{
  Before before = { 0 };

  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (!self->editing);

  remember (self, &before);
  cw_scenario_free (self->scenario);
  self->scenario = scenario;
  cw_scenario_free (self->saved);
  self->saved = cw_scenario_copy (scenario);
  cw_undo_clear (self->undo);
  self->content = ++self->next_content;
  /* Content 0 is never on screen: a restored document differs from any saved one. */
  self->saved_content = saved ? self->content : 0;
  g_hash_table_remove_all (self->selected);
  set_anchor (self, NULL);
  self->selected_edge = -1;
  set_file (self, file);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
  g_signal_emit (self, signals[REPLACED], 0);
  announce_change (self, &before);
}

void
cw_document_replace (CwDocument *self,
                     CwScenario *scenario,
                     GFile      *file)
{
  replace (self, scenario, file, TRUE);
}

void
cw_document_restore (CwDocument *self,
                     CwScenario *scenario,
                     GFile      *file)
{
  replace (self, scenario, file, FALSE);
}

void
cw_document_mark_saved (CwDocument *self,
                        GFile      *file)
{
  gboolean was_modified;

  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  was_modified = cw_document_get_modified (self);
  self->saved_content = self->content;
  cw_scenario_free (self->saved);
  self->saved = cw_scenario_copy (self->scenario);
  set_file (self, file);
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

CwScenario *
cw_document_begin_action (CwDocument *self,
                          const char *action,
                          const char *merge_key)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (!self->editing, self->scenario);

  self->editing = TRUE;
  remember (self, &self->before_edit);
  cw_undo_record (self->undo, self->scenario, self->content, action, merge_key);
  return self->scenario;
}

CwScenario *
cw_document_begin_edit (CwDocument *self,
                        const char *merge_key)
{
  return cw_document_begin_action (self, NULL, merge_key);
}

static const char *
translated (const char *action)
{
  return action != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, "undo", action) : NULL;
}

const char *
cw_document_get_undo_action (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return translated (cw_undo_get_undo_action (self->undo));
}

const char *
cw_document_get_redo_action (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return translated (cw_undo_get_redo_action (self->undo));
}

void
cw_document_end_edit (CwDocument *self)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (self->editing);

  self->editing = FALSE;
  self->content = ++self->next_content;
  announce_change (self, &self->before_edit);
}

void
cw_document_seal (CwDocument *self)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  cw_undo_seal (self->undo);
}

void
cw_document_undo (CwDocument *self)
{
  Before before = { 0 };

  g_return_if_fail (CW_IS_DOCUMENT (self));
  if (self->editing || !cw_undo_can_undo (self->undo))
    return;
  remember (self, &before);
  self->scenario = cw_undo_undo (self->undo, self->scenario, self->content, &self->content);
  announce_change (self, &before);
}

void
cw_document_redo (CwDocument *self)
{
  Before before = { 0 };

  g_return_if_fail (CW_IS_DOCUMENT (self));
  if (self->editing || !cw_undo_can_redo (self->undo))
    return;
  remember (self, &before);
  self->scenario = cw_undo_redo (self->undo, self->scenario, self->content, &self->content);
  announce_change (self, &before);
}

GHashTable *
cw_document_get_selected_stages (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return self->selected;
}

int
cw_document_get_selected_edge (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), -1);
  return self->selected_edge;
}

const char *
cw_document_get_selection_anchor (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return self->anchor;
}

const CwStage *
cw_document_get_selected_stage (CwDocument *self)
{
  GHashTableIter iter;
  const char *id;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  if (g_hash_table_size (self->selected) != 1)
    return NULL;
  g_hash_table_iter_init (&iter, self->selected);
  g_hash_table_iter_next (&iter, (gpointer *) &id, NULL);
  return cw_scenario_find_stage (self->scenario, id, NULL);
}

void
cw_document_select_stage (CwDocument *self,
                          const char *id,
                          gboolean    extend)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (id != NULL);

  if (!extend)
    g_hash_table_remove_all (self->selected);
  if (!extend || self->anchor == NULL)
    set_anchor (self, id);
  g_hash_table_add (self->selected, g_strdup (id));
  self->selected_edge = -1;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
cw_document_toggle_stage (CwDocument *self,
                          const char *id)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (id != NULL);

  if (g_hash_table_remove (self->selected, id))
    {
      if (g_strcmp0 (self->anchor, id) == 0)
        set_anchor (self, NULL);
    }
  else
    {
      if (g_hash_table_size (self->selected) == 0 || self->anchor == NULL)
        set_anchor (self, id);
      g_hash_table_add (self->selected, g_strdup (id));
    }
  self->selected_edge = -1;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
cw_document_select_stages (CwDocument *self,
                           GPtrArray  *ids)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (ids != NULL);

  g_hash_table_remove_all (self->selected);
  set_anchor (self, ids->len ? g_ptr_array_index (ids, 0) : NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (self->selected, g_strdup (g_ptr_array_index (ids, i)));
  self->selected_edge = -1;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
cw_document_select_edge (CwDocument *self,
                         int         index)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  g_return_if_fail (index >= -1 && index < (int) self->scenario->edges->len);

  g_hash_table_remove_all (self->selected);
  set_anchor (self, NULL);
  self->selected_edge = index;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
cw_document_unselect_all (CwDocument *self)
{
  g_return_if_fail (CW_IS_DOCUMENT (self));
  if (g_hash_table_size (self->selected) == 0 && self->selected_edge < 0)
    return;
  g_hash_table_remove_all (self->selected);
  set_anchor (self, NULL);
  self->selected_edge = -1;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
cw_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CwDocument *self = CW_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, cw_document_get_title (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, cw_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cw_document_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, cw_document_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_document_finalize (GObject *object)
{
  CwDocument *self = CW_DOCUMENT (object);

  cw_scenario_free (self->scenario);
  cw_scenario_free (self->saved);
  g_clear_object (&self->file);
  cw_undo_free (self->undo);
  g_hash_table_unref (self->selected);
  g_free (self->anchor);
  g_free (self->before_edit.title);
  G_OBJECT_CLASS (cw_document_parent_class)->finalize (object);
}

static void
cw_document_class_init (CwDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = cw_document_get_property;
  object_class->finalize = cw_document_finalize;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CwDocument::changed:
   *
   * The scenario changed: an edit, an undo or redo, or a new scenario.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CwDocument::replaced:
   *
   * A whole new scenario (New, Open, Revert, recovered work), just before
   * its "changed": what belonged to the scenario before (a chart cursor) goes.
   */
  signals[REPLACED] = g_signal_new ("replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
cw_document_init (CwDocument *self)
{
  self->undo = cw_undo_new ();
  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->selected_edge = -1;
}
