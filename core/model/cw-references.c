/* cw-references.c — the bibliography behind the parameter and lever sources
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-references"

#include "config.h"

#include <string.h>

#include "cw-references.h"

/* Keep in the order and wording of docs/bibliography.md (tests/check-docs.py). */
static const CwReference references[] = {
  { "Cohen & Levinthal 1990", NULL,
    "Cohen, W. M. & Levinthal, D. A. (1990). Absorptive capacity: a new perspective on "
    "learning and innovation. Administrative Science Quarterly, 35(1), 128–152." },
  { "Foray 2015", NULL,
    "Foray, D. (2015). Smart Specialisation: Opportunities and Challenges for Regional "
    "Innovation Policy. Regions and Cities, 79. London and New York: Routledge." },
  { "Gereffi, Humphrey & Sturgeon 2005", "GHS 2005",
    "Gereffi, G., Humphrey, J. & Sturgeon, T. (2005). The governance of global value "
    "chains. Review of International Political Economy, 12(1), 78–104. "
    "doi:10.1080/09692290500049805." },
  { "Humphrey & Schmitz 2002", NULL,
    "Humphrey, J. & Schmitz, H. (2002). How does insertion in global value chains affect "
    "upgrading in industrial clusters? Regional Studies, 36(9), 1017–1027." },
  { "Lall 1992", NULL,
    "Lall, S. (1992). Technological capabilities and industrialization. World "
    "Development, 20(2), 165–186." },
  { "Menzel & Fornahl 2010", NULL,
    "Menzel, M.-P. & Fornahl, D. (2010). Cluster life cycles — dimensions and rationales "
    "of cluster evolution. Industrial and Corporate Change, 19(1), 205–238." },
  { "Nooteboom et al. 2007", NULL,
    "Nooteboom, B., Van Haverbeke, W., Duysters, G., Gilsing, V. & van den Oord, A. "
    "(2007). Optimal cognitive distance and absorptive capacity. Research Policy, 36(7), "
    "1016–1034. doi:10.1016/j.respol.2007.04.003." },
  { "OECD 2007", NULL,
    "OECD (2007). Competitive Regional Clusters: National Policy Approaches. OECD Reviews "
    "of Regional Innovation. Paris: OECD Publishing." },
  { "Okabe & Ito 2008", NULL,
    "Okabe, M. & Ito, K. (2008). Color Universal Design (CUD): how to make figures and "
    "presentations that are friendly to colorblind people. J*FLY Data Depository for "
    "Drosophila Researchers, web page (https://jfly.uni-koeln.de/color/) of 2002-11-20, "
    "revised 2008-02-15 and 2008-09-24." },
  { "Rozkwitalska & Lis 2022", "Rozkwitalska and Lis (2022)",
    "Rozkwitalska, M. & Lis, A. M. (2022). Social learning in cluster organizations and "
    "accumulation of technological capability. Inzinerine Ekonomika — Engineering "
    "Economics, 33(4). doi:10.5755/j01.ee.33.4.30203." },
  { "Sultan, Farley & Lehmann 1990", "Sultan, Farley & Lehmann (1990)",
    "Sultan, F., Farley, J. U. & Lehmann, D. R. (1990). A meta-analysis of applications "
    "of diffusion models. Journal of Marketing Research, 27(1), 70–77." },
  { "Ter Wal & Boschma 2011", NULL,
    "Ter Wal, A. L. J. & Boschma, R. (2011). Co-evolution of firms, industries and "
    "networks in space. Regional Studies, 45(7), 919–933." },
};

guint
cw_references_count (void)
{
  return G_N_ELEMENTS (references);
}

const CwReference *
cw_reference (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (references), NULL);
  return &references[index];
}

gboolean
cw_reference_cited (const CwReference *ref,
                    const char        *text)
{
  return strstr (text, ref->key) != NULL || (ref->alias != NULL && strstr (text, ref->alias) != NULL);
}

char *
cw_references_in (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    if (cw_reference_cited (&references[i], text))
      g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", references[i].citation);
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}
