/* cw-lever-list.c — the levers of a stage, or the standing levers, by antecedent
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-lever-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-document-edits.h"
#include "cw-lever-list.h"
#include "cw-lever-slot.h"
#include "cw-lever-row.h"

struct _CwLeverList
{
  GtkWidget       parent_instance;

  CwDocument     *document;
  GSignalGroup   *document_signals;
  char           *stage_id;
  guint32         shown;        /* the levers the rows show */
  GPtrArray      *rows;         /* CwLeverRow*, not owned */
  GtkWidget      *box;          /* the groups */
  GtkWidget      *add_button;
};

G_DEFINE_FINAL_TYPE (CwLeverList, cw_lever_list, GTK_TYPE_WIDGET)

static guint32
held_now (CwLeverList *self)
{
  return cw_lever_slot_held (cw_document_get_scenario (self->document), self->stage_id);
}

/* "Add lever" offers the levers not held yet, by antecedent. */
static GMenuModel *
build_add_menu (guint32 held)
{
  GMenu *menu = g_menu_new ();

  for (int g = 0; g < CW_N_LEVER_GROUPS; g++)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (int l = 0; l < CW_N_LEVERS; l++)
        {
          const CwLeverInfo *info = cw_lever_info (l);
          g_autoptr(GMenuItem) item = NULL;

          if ((int) info->group != g || (held & (1u << l)))
            continue;
          item = g_menu_item_new (_(info->name), NULL);
          g_menu_item_set_action_and_target (item, "levers.add", "s", info->id);
          g_menu_append_item (section, item);
        }
      if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
        g_menu_append_section (menu, cw_lever_group_name (g), G_MENU_MODEL (section));
    }
  return G_MENU_MODEL (menu);
}

static void
rebuild (CwLeverList *self)
{
  GtkWidget *child;
  g_autoptr(GMenuModel) menu = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* A row about to go must not hold the focus (its "−" button does, right
   * after a click): GTK would hand it to the row, no longer in its list. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, self->box))
    gtk_widget_grab_focus (self->add_button);
  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  g_ptr_array_set_size (self->rows, 0);
  self->shown = held_now (self);

  for (int g = 0; g < CW_N_LEVER_GROUPS; g++)
    {
      GtkWidget *group = NULL;

      for (int l = 0; l < CW_N_LEVERS; l++)
        {
          GtkWidget *row;

          if ((int) cw_lever_info (l)->group != g || !(self->shown & (1u << l)))
            continue;
          if (group == NULL)
            {
              group = adw_preferences_group_new ();
              adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), cw_lever_group_name (g));
              gtk_box_append (GTK_BOX (self->box), group);
            }
          row = cw_lever_row_new (self->document, self->stage_id, l);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          g_ptr_array_add (self->rows, row);
        }
    }
  if (self->shown == 0)
    {
      GtkWidget *label = gtk_label_new (self->stage_id ? _("This stage holds no levers yet.")
                                                      : _("No standing levers: only the stages act."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->box), label);
    }
  menu = build_add_menu (self->shown);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->add_button), menu);
  gtk_widget_set_sensitive (self->add_button, g_menu_model_get_n_items (menu) > 0);
}

static void
document_changed_cb (CwLeverList *self)
{
  if (!cw_lever_slot_exists (cw_document_get_scenario (self->document), self->stage_id))
    return;
  if (held_now (self) != self->shown)
    {
      rebuild (self);
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    cw_lever_row_refresh (g_ptr_array_index (self->rows, i));
}

void
cw_lever_list_set_target (CwLeverList *self,
                          CwDocument  *document,
                          const char  *stage_id)
{
  g_return_if_fail (CW_IS_LEVER_LIST (self));
  g_return_if_fail (CW_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_signal_group_set_target (self->document_signals, document);
  g_free (self->stage_id);
  self->stage_id = g_strdup (stage_id);
  rebuild (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CwLeverList *self = CW_LEVER_LIST (widget);
  int lever = cw_lever_from_id (g_variant_get_string (parameter, NULL));

  if (lever < 0 || self->document == NULL)
    return;
  /* Half strength: visible on the slider, easy to move either way. Adding is
   * a step of its own, apart from moving the slider afterwards. */
  if (!cw_document_set_lever (self->document, self->stage_id, lever, cw_lever_clamp (lever, 0.5)))
    return;
  cw_document_seal (self->document);
  /* The rows were rebuilt: the new slider takes the keyboard, ready to move. */
  for (guint i = 0; i < self->rows->len; i++)
    if ((int) cw_lever_row_get_lever (g_ptr_array_index (self->rows, i)) == lever)
      cw_lever_row_focus_slider (g_ptr_array_index (self->rows, i));
}

static void
cw_lever_list_dispose (GObject *object)
{
  CwLeverList *self = CW_LEVER_LIST (object);
  GtkWidget *child;

  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (cw_lever_list_parent_class)->dispose (object);
}

static void
cw_lever_list_finalize (GObject *object)
{
  CwLeverList *self = CW_LEVER_LIST (object);

  g_free (self->stage_id);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (cw_lever_list_parent_class)->finalize (object);
}

static void
cw_lever_list_class_init (CwLeverListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_lever_list_dispose;
  object_class->finalize = cw_lever_list_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_install_action (widget_class, "levers.add", "s", add_action);
}

static void
cw_lever_list_init (CwLeverList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *content;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  self->rows = g_ptr_array_new ();
  self->document_signals = g_signal_group_new (CW_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _Lever"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  self->add_button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->add_button), content);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Lever"), -1);
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_START);
  gtk_widget_set_parent (self->add_button, GTK_WIDGET (self));
}
