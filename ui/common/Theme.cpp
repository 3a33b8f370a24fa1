// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Theme.h"

#include "common/AppIcon.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QWidget>

namespace karier::Theme {

namespace {

struct Loaded
{
    QHash<QString, QString> colours;
    QString styleSheet;
    QStringList undefined;
};

Loaded load()
{
    ensureUiResources();
    Loaded loaded;
    QFile file(QStringLiteral(":/karier/theme/karier.qss"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("The theme resource is missing; the program keeps the platform's look.");
        return loaded;
    }
    const QString source = QString::fromUtf8(file.readAll());
    static const QRegularExpression definition(
        QStringLiteral("^\\s*@([A-Za-z][A-Za-z0-9]*)\\s*:\\s*([^;]+);\\s*$"));
    QStringList rules;
    for (const QString& line : source.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = definition.match(line);
        if (match.hasMatch())
            loaded.colours.insert(match.captured(1), match.captured(2).trimmed());
        else
            rules << line;
    }
    static const QRegularExpression use(QStringLiteral("@([A-Za-z][A-Za-z0-9]*)"));
    const QString text = rules.join(QLatin1Char('\n'));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const QRegularExpressionMatch& match : use.globalMatch(text)) {
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto found = loaded.colours.constFind(name);
        if (found != loaded.colours.constEnd()) {
            out += *found;
        } else {
            out += match.captured(0);
            loaded.undefined << name;
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    loaded.styleSheet = out;
    return loaded;
}

/// Gives every combo box a style-sheet-aware delegate: the platform's menu-like one ignores the theme's
/// selection colours, so the item under the mouse showed white on white.
class ComboPolisher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto* combo = qobject_cast<QComboBox*>(watched);
                combo && !qobject_cast<QStyledItemDelegate*>(combo->itemDelegate()))
                combo->setItemDelegate(new QStyledItemDelegate(combo));
        }
        return QObject::eventFilter(watched, event);
    }
};

/// The mouse wheel over a spin box or a drop-down list that has no focus scrolls what holds it (the
/// Pengaturan dialog, a long form) instead of changing its value unseen; a click gives it the wheel.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Wheel && watched->isWidgetType()
            && (qobject_cast<QAbstractSpinBox*>(watched) || qobject_cast<QComboBox*>(watched))
            && !static_cast<QWidget*>(watched)->hasFocus()) {
            event->ignore(); // handled here, not accepted: QApplication offers it to the parent
            return true;
        }
        if (event->type() == QEvent::Polish
            && (qobject_cast<QAbstractSpinBox*>(watched) || qobject_cast<QComboBox*>(watched))) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        return QObject::eventFilter(watched, event);
    }
};

const Loaded& loaded()
{
    static const Loaded theme = load();
    return theme;
}

} // namespace

QString styleSheet()
{
    return loaded().styleSheet;
}

QStringList undefinedNames()
{
    return loaded().undefined;
}

QColor colour(const char* name)
{
    const auto& colours = loaded().colours;
    const auto found = colours.constFind(QString::fromLatin1(name));
    Q_ASSERT_X(found != colours.constEnd(), "Theme::colour", name);
    if (found == colours.constEnd())
        return QColor(Qt::magenta);
    return QColor(*found);
}

QStringList colourNames()
{
    return loaded().colours.keys();
}

void apply()
{
    auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!application || application->property("karierTheme").toBool())
        return;
    application->setProperty("karierTheme", true);
    // Views the style sheet does not reach (and selected text in fields) use the palette.
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Highlight, colour("selection"));
    palette.setColor(QPalette::HighlightedText, colour("selectionText"));
    QApplication::setPalette(palette);
    application->installEventFilter(new ComboPolisher(application));
    application->installEventFilter(new WheelGuard(application));
    application->setStyleSheet(styleSheet());
}

void restyle(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace karier::Theme
