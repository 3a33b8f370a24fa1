// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QToolButton>
#include <QWidget>
#include <algorithm>

namespace karier::test {

/// Walks the visible widgets under a window and lists every text a user cannot read whole: a button,
/// label, group box title, tab or table header section narrower (or, for wrapped labels, lower) than its
/// text, a widget partly outside its visible parent or, horizontally, outside its scroll viewport, and a
/// visible horizontal scroll bar. Table cells may elide; nothing else may.
///
///     const QStringList cut = ElisionProbe::problems(&window, QStringLiteral("ASN/Beranda"));
///     QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
///
/// Each problem names the place, the widget's class and object name, its text and the widths.
class ElisionProbe
{
public:
    /// \a wholeLayout: also a window smaller than its layout needs (squeezed, overlapping widgets); off for
    /// a window whose hidden pages (a QStackedWidget) raise that need beyond what the shown page needs.
    static QStringList problems(QWidget* root, const QString& where, bool wholeLayout = true)
    {
        QStringList found;
        if (!root || !root->isVisible())
            return found;
        // A window smaller than its layouts need squeezes (and overlaps) what is inside.
        if (wholeLayout && root->layout()) {
            QSize needed = root->layout()->totalMinimumSize();
            // Wrapped labels need more height at this width than the minimum says.
            if (root->layout()->hasHeightForWidth())
                needed.setHeight(
                    std::max(needed.height(), root->layout()->totalHeightForWidth(root->width())));
            if (needed.width() > root->width() || needed.height() > root->height())
                report(found, where, root, root->windowTitle(),
                    QStringLiteral("is %1×%2 px, its layout needs %3×%4 px")
                        .arg(root->width())
                        .arg(root->height())
                        .arg(needed.width())
                        .arg(needed.height()));
        }
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : std::as_const(widgets)) {
            // Only what is on screen in this window (not hidden pages, not other windows).
            if (!widget->isVisible() || (widget != root && widget->window() != root->window()))
                continue;
            checkWidget(widget, where, found);
        }
        return found;
    }

private:
    static QString name(const QWidget* widget)
    {
        const QString objectName = widget->objectName();
        return QString::fromLatin1(widget->metaObject()->className())
            + (objectName.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(objectName));
    }

    static QString plain(QString text)
    {
        // Mnemonics: "&Simpan" shows "Simpan", "&&" shows "&".
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text;
    }

    static int advance(const QFontMetrics& metrics, const QString& text)
    {
        int widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    }

    static void report(QStringList& found, const QString& where, const QWidget* widget, const QString& text,
        const QString& what)
    {
        found << QStringLiteral("%1: %2 \"%3\" %4").arg(where, name(widget), text.left(80), what);
    }

    static void checkWidget(QWidget* widget, const QString& where, QStringList& found)
    {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(widget)) {
            if (area->horizontalScrollBar() && area->horizontalScrollBar()->isVisible())
                report(found, where, area, QString(),
                    QStringLiteral("shows a horizontal scroll bar (contents %1 px wider than %2 px)")
                        .arg(area->horizontalScrollBar()->maximum())
                        .arg(area->viewport()->width()));
        }
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            text = label->text();
            if (text.isEmpty())
                return;
            checkLabel(label, where, found);
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            text = plain(button->text());
            if (text.isEmpty())
                return;
            checkButton(button, text, where, found);
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            text = plain(box->title());
            if (!text.isEmpty()) {
                const int needed = advance(box->fontMetrics(), text) + 16 + (box->isCheckable() ? 24 : 0);
                if (needed > box->width())
                    report(found, where, box, text,
                        QStringLiteral("title needs %1 px, has %2 px").arg(needed).arg(box->width()));
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            checkTabs(tabs, where, found);
            text = tabs->count() > 0 ? tabs->tabText(0) : QString();
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            checkHeader(header, where, found);
            return;
        } else {
            return;
        }
        checkInsideParents(widget, text, where, found);
    }

    /// Partly outside a visible parent: cut. Inside a scroll viewport only the horizontal overflow counts
    /// (scrolling down is how a long page is read).
    static void checkInsideParents(
        QWidget* widget, const QString& text, const QString& where, QStringList& found)
    {
        QRect rect = widget->rect();
        QWidget* child = widget;
        for (QWidget* parent = widget->parentWidget(); parent;
             child = parent, parent = parent->parentWidget()) {
            rect.translate(child->pos());
            const auto* area = qobject_cast<QAbstractScrollArea*>(parent->parentWidget());
            const bool viewport = area && area->viewport() == parent;
            const bool inside = viewport ? rect.left() >= 0 && rect.right() < parent->width()
                                         : parent->rect().contains(rect);
            if (!inside) {
                report(found, where, widget, text,
                    QStringLiteral("lies at x %1..%2, y %3..%4 in %5 of %6×%7 px")
                        .arg(rect.left())
                        .arg(rect.right())
                        .arg(rect.top())
                        .arg(rect.bottom())
                        .arg(name(parent))
                        .arg(parent->width())
                        .arg(parent->height()));
                return;
            }
            if (viewport) {
                // What the viewport shows of it; scrolled out of sight is not cut.
                rect = rect.intersected(parent->rect());
                if (rect.isEmpty())
                    return;
            }
            if (parent->isWindow())
                return;
        }
    }

    static void checkLabel(QLabel* label, const QString& where, QStringList& found)
    {
        const QString text = label->text();
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (label->wordWrap() || rich) {
            // Wrapped or rich text: the longest word must fit, and the lines the width gives must fit.
            const int widest
                = label->wordWrap() ? label->minimumSizeHint().width() : label->sizeHint().width();
            if (widest > label->width())
                report(found, where, label, text,
                    QStringLiteral("needs %1 px wide, has %2 px").arg(widest).arg(label->width()));
            const int high = label->heightForWidth(label->width());
            if (high > label->height())
                report(found, where, label, text,
                    QStringLiteral("needs %1 px high at %2 px wide, has %3 px")
                        .arg(high)
                        .arg(label->width())
                        .arg(label->height()));
            return;
        }
        const QRect contents = label->contentsRect().marginsRemoved(
            QMargins(label->margin(), label->margin(), label->margin(), label->margin()));
        const int indent = std::max(0, label->indent());
        const int needed = advance(label->fontMetrics(), plain(text)) + indent;
        if (needed > contents.width())
            report(found, where, label, text,
                QStringLiteral("text needs %1 px, contents width %2 px").arg(needed).arg(contents.width()));
        const int lines = int(text.count(QLatin1Char('\n'))) + 1;
        if (lines * label->fontMetrics().height() > contents.height() + 1)
            report(found, where, label, text,
                QStringLiteral("text needs %1 px high, contents height %2 px")
                    .arg(lines * label->fontMetrics().height())
                    .arg(contents.height()));
    }

    static void checkButton(
        QAbstractButton* button, const QString& text, const QString& where, QStringList& found)
    {
        const int textWidth = advance(button->fontMetrics(), text);
        const int iconWidth = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            if (push->isFlat())
                option.features |= QStyleOptionButton::Flat;
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            if (push->autoDefault() || push->isDefault())
                option.features |= QStyleOptionButton::AutoDefaultButton;
            const QRect contents
                = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push);
            const int menuWidth = push->menu()
                ? push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push) + 4
                : 0;
            const int needed = textWidth + iconWidth + menuWidth;
            if (needed > contents.width())
                report(found, where, push, text,
                    QStringLiteral("text %1 + icon %2 + menu %3 px, contents width %4 px")
                        .arg(textWidth)
                        .arg(iconWidth)
                        .arg(menuWidth)
                        .arg(contents.width()));
            if (push->fontMetrics().height() > contents.height() + 2)
                report(found, where, push, text,
                    QStringLiteral("text needs %1 px high, contents height %2 px")
                        .arg(push->fontMetrics().height())
                        .arg(contents.height()));
            return;
        }
        if (auto* tool = qobject_cast<QToolButton*>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return;
        }
        // Check boxes, radio buttons and tool buttons have no minimum width of their own in the style:
        // their size hint is the text, the icon and the indicator.
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() || hint.height() > button->height() + 2)
            report(found, where, button, text,
                QStringLiteral("needs %1×%2 px, has %3×%4 px")
                    .arg(hint.width())
                    .arg(hint.height())
                    .arg(button->width())
                    .arg(button->height()));
    }

    static void checkTabs(QTabBar* tabs, const QString& where, QStringList& found)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            const QString text = plain(tabs->tabText(i));
            const QRect rect = tabs->tabRect(i);
            const int iconWidth = tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4;
            const int needed = advance(tabs->fontMetrics(), text) + iconWidth;
            if (needed > rect.width() || !tabs->rect().contains(rect))
                report(found, where, tabs, text,
                    QStringLiteral("tab %1 needs %2 px, is %3 px at x %4 in a bar of %5 px")
                        .arg(i)
                        .arg(needed)
                        .arg(rect.width())
                        .arg(rect.left())
                        .arg(tabs->width()));
        }
    }

    static void checkHeader(QHeaderView* header, const QString& where, QStringList& found)
    {
        const QAbstractItemModel* model = header->model();
        if (!model || header->orientation() != Qt::Horizontal)
            return;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
            QStyleOptionHeader option;
            option.initFrom(header);
            option.section = logical;
            option.text = text;
            option.orientation = Qt::Horizontal;
            const QVariant font = model->headerData(logical, Qt::Horizontal, Qt::FontRole);
            if (font.isValid())
                option.fontMetrics = QFontMetrics(font.value<QFont>());
            int needed = text.isEmpty()
                ? 0
                : header->style()
                      ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header)
                      .width();
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header)
                    + header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
            const int size = header->sectionSize(logical);
            const int left = header->sectionViewportPosition(logical);
            const QString section = QStringLiteral("section %1 \"%2\"").arg(logical).arg(text);
            if (needed > size)
                report(found, where, header, section,
                    QStringLiteral("needs %1 px, is %2 px").arg(needed).arg(size));
            if (left < 0 || left + size > header->viewport()->width() + 1)
                report(found, where, header, section,
                    QStringLiteral("lies at x %1..%2 in a viewport of %3 px")
                        .arg(left)
                        .arg(left + size - 1)
                        .arg(header->viewport()->width()));
        }
    }
};

} // namespace karier::test
