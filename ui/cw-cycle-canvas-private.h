/* cw-cycle-canvas-private.h — the canvas's state, shared by its source files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-cycle-canvas.h"
#include "cw-diagram.h"
#include "cw-diagram-view.h"
#include "cw-text-scale.h"

G_BEGIN_DECLS

typedef enum {
  DRAG_NONE,
  DRAG_MOVE,      /* moving the selected stages */
  DRAG_CONNECT,   /* from a stage's handle to another stage */
  DRAG_RUBBER,    /* selecting with a rectangle */
  DRAG_PAN,
} DragMode;

struct _CwCycleCanvas
{
  GtkWidget           parent_instance;

  CwDocument         *document;
  GSignalGroup       *document_signals;
  GSimpleActionGroup *actions;
  GtkWidget          *menu;          /* context menu */
  GtkWidget          *connect_menu;  /* "arrow from the selected stage to ..." */
  GtkWidget          *rename_popover;
  GtkWidget          *rename_entry;
  char               *renaming;      /* id of the stage being renamed */

  /* View: widget = model * zoom + (tx, ty), the diagram drawn beside the
   * legend's band. */
  CwDiagramView       view;
  guint               pan_tick;      /* a smooth pan under way, or 0 */
  gint64              pan_start;     /* its first frame's time, µs; 0: not yet */
  double              pan_from_x, pan_from_y, pan_to_x, pan_to_y;
  GtkAdjustment      *hadjustment;   /* GtkScrollable: scrollbars when the diagram is large */
  GtkAdjustment      *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;
  gboolean            fit_pending;
  gboolean            allocating;    /* in size_allocate: the scrollbars wait */
  guint               scrolling_idle;
  gboolean            user_zoomed;   /* the view stays as the user left it */
  int                 fitted_width;  /* the size the view was last fitted to */
  int                 fitted_height;
  gboolean            projector;     /* present mode: larger zoom, type and legend */
  double              projector_text; /* present mode's least type size, pixels */
  GHashTable         *revealed;      /* stage ids shown, or NULL for all */
  double              pinch_zoom;
  double              pointer_x, pointer_y;

  char               *focus;         /* stage with the keyboard focus */
  char               *hover;
  char               *active;

  DragMode            drag;
  double              drag_x, drag_y;       /* start, widget coordinates */
  double              drag_dx, drag_dy;     /* offset so far */
  GArray             *drag_origins;         /* positions of the moved stages at the start */
  char               *drag_stage;

  GPtrArray          *proxies;       /* accessible stand-ins: stages, then arrows */
};

static inline const CwScenario *
_cw_cycle_canvas_scenario (CwCycleCanvas *self)
{
  return cw_document_get_scenario (self->document);
}

/* Whether stage @id is shown: present mode may not have revealed it yet. */
static inline gboolean
_cw_cycle_canvas_revealed (CwCycleCanvas *self,
                           const char    *id)
{
  return self->revealed == NULL || g_hash_table_contains (self->revealed, id);
}

/* The legend's type, relative to its size at scale 1. */
static inline double
_cw_cycle_canvas_legend_scale (CwCycleCanvas *self)
{
  /* Present mode sets the legend's least type size; large text may ask more. */
  if (self->projector)
    return MAX (self->projector_text / CW_DIAGRAM_LEGEND_SIZE, cw_text_scale_get ());
  return cw_text_scale_get ();
}

/* cw-cycle-canvas-a11y.c: stages and arrows for assistive technology. */
void     _cw_cycle_canvas_a11y_sync        (CwCycleCanvas *self);
void     _cw_cycle_canvas_a11y_allocate    (CwCycleCanvas *self);
void     _cw_cycle_canvas_a11y_clear       (CwCycleCanvas *self);

/* cw-cycle-canvas-edit.c: the edits, each one undo step. */
void     _cw_cycle_canvas_install_actions  (CwCycleCanvas *self);
void     _cw_cycle_canvas_update_actions   (CwCycleCanvas *self);
void     _cw_cycle_canvas_add_stage_at     (CwCycleCanvas *self,
                                            double         mx,
                                            double         my);
void     _cw_cycle_canvas_connect          (CwCycleCanvas *self,
                                            const char    *from,
                                            const char    *to);
void     _cw_cycle_canvas_begin_rename     (CwCycleCanvas *self,
                                            const char    *id);
void     _cw_cycle_canvas_focus_stage      (CwCycleCanvas *self,
                                            const char    *id);
/* A key pressed in the "Arrow from" list: arrows and Tab move in the list,
 * Return connects, Escape closes; no key reaches the canvas behind. */
gboolean _cw_cycle_canvas_connect_menu_key (CwCycleCanvas   *self,
                                            guint            keyval,
                                            GdkModifierType  state);
/* Sets one of the stage marks (focus, hover, active) and redraws; TRUE when
 * it changed. */
gboolean _cw_cycle_canvas_mark             (CwCycleCanvas  *self,
                                            char          **mark,
                                            const char     *id);

/* cw-cycle-canvas-pointer.c: the pointer at widget coordinates. */
/* What is drawn at (@wx, @wy): stages and arrows present mode has not
 * revealed are not. */
CwDiagramHit _cw_cycle_canvas_hit_at       (CwCycleCanvas *self,
                                            double         wx,
                                            double         wy,
                                            guint         *index);
void     _cw_cycle_canvas_add_controllers  (CwCycleCanvas *self);
/* A button went down: selects, and starts a move (on a stage), an arrow (on
 * a stage's handle), a rubber band (on empty space) or a pan (middle
 * button). FALSE when the button starts no drag. */
gboolean _cw_cycle_canvas_press            (CwCycleCanvas   *self,
                                            guint            button,
                                            GdkModifierType  state,
                                            double           x,
                                            double           y);
/* The pointer is (@dx, @dy) away from the press. */
void     _cw_cycle_canvas_drag_to          (CwCycleCanvas   *self,
                                            double           dx,
                                            double           dy);
/* The button went up (@dx, @dy) away from the press: ends the move, draws
 * the arrow or selects what the rubber band holds. */
void     _cw_cycle_canvas_release          (CwCycleCanvas   *self,
                                            GdkModifierType  state,
                                            double           dx,
                                            double           dy);
/* Clicks: the context menu (secondary button), rename a stage or add one
 * (double click). */
void     _cw_cycle_canvas_click            (CwCycleCanvas   *self,
                                            guint            button,
                                            int              n_press,
                                            double           x,
                                            double           y);
/* The pointer moved over the canvas: the cursor and the hovered stage. */
void     _cw_cycle_canvas_hover            (CwCycleCanvas   *self,
                                            double           x,
                                            double           y);
/* Two fingers: the zoom at the start, then @scale times it about (@x, @y). */
void     _cw_cycle_canvas_pinch_begin      (CwCycleCanvas   *self);
void     _cw_cycle_canvas_pinch            (CwCycleCanvas   *self,
                                            double           scale,
                                            double           x,
                                            double           y);
/* Pans, or zooms at the pointer with Ctrl. */
void     _cw_cycle_canvas_scroll           (CwCycleCanvas   *self,
                                            GdkModifierType  state,
                                            GdkScrollUnit    unit,
                                            double           dx,
                                            double           dy);

/* cw-cycle-canvas-view.c: zoom, pan and the scrollbars. */
void     _cw_cycle_canvas_to_model         (CwCycleCanvas *self,
                                            double         wx,
                                            double         wy,
                                            double        *mx,
                                            double        *my);
void     _cw_cycle_canvas_set_view         (CwCycleCanvas *self,
                                            double         zoom,
                                            double         tx,
                                            double         ty);
void     _cw_cycle_canvas_fit              (CwCycleCanvas *self);
/* Pans as little as needed to show stage @id, or with NULL what present
 * mode has revealed (cw_diagram_view_follow()): smoothly, where the desktop
 * allows animations, so that a room sees where the view went. */
void     _cw_cycle_canvas_follow           (CwCycleCanvas *self,
                                            const char    *id);
/* Ends a smooth pan where it is. */
void     _cw_cycle_canvas_stop_pan         (CwCycleCanvas *self);
void     _cw_cycle_canvas_zoom_at          (CwCycleCanvas *self,
                                            double         zoom,
                                            double         wx,
                                            double         wy);
/* The diagram or the size changed: the scrollbars follow. */
void     _cw_cycle_canvas_update_scrolling (CwCycleCanvas *self);
void     _cw_cycle_canvas_set_adjustment   (CwCycleCanvas  *self,
                                            GtkOrientation  orientation,
                                            GtkAdjustment  *adjustment);
G_END_DECLS
