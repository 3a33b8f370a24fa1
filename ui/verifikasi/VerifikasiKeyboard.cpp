// SPDX-License-Identifier: GPL-3.0-or-later
// VerifikasiPage: the keyboard (shortcuts besides the mnemonics, the filters' Enter and Esc, Tab through
// the dates, the divider).
#include "verifikasi/ApprovalDetailPanel.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PdfPreview.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>

namespace karier {

void VerifikasiPage::setupKeyboard()
{
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // Besides the mnemonics: Ctrl+Enter approves, Ctrl+R returns, Ctrl+F searches.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &VerifikasiPage::approveChecked);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &VerifikasiPage::approveChecked);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &VerifikasiPage::returnChecked);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left), [this] { moveDivider(-40); });
    shortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right), [this] { moveDivider(40); });

    // Enter in a filter applies it and goes to the table, Esc goes back to the table; Tab leaves a date
    // (empty or not) instead of walking its day, month and year.
    for (QWidget* filter : std::initializer_list<QWidget*> {
             m_induk, m_satker, m_status, m_jenis, m_search, m_from, m_to, m_pageSize})
        filter->installEventFilter(this);
    setTabOrder(m_induk, m_satker);
    setTabOrder(m_satker, m_status);
    setTabOrder(m_status, m_jenis);
    setTabOrder(m_jenis, m_show);
    setTabOrder(m_show, m_search);
    setTabOrder(m_search, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_export);
    if (m_exportSiasn) {
        setTabOrder(m_export, m_exportSiasn);
        setTabOrder(m_exportSiasn, m_selectAll);
    } else {
        setTabOrder(m_export, m_selectAll);
    }
    setTabOrder(m_selectAll, m_reject);
    setTabOrder(m_reject, m_return);
    setTabOrder(m_return, m_approve);
    setTabOrder(m_approve, m_table);
    setTabOrder(m_table, m_detail->preview());
}

void VerifikasiPage::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void VerifikasiPage::moveDivider(int delta)
{
    QList<int> sizes = m_split->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    const int table
        = std::clamp(sizes.at(0) + delta, 200, std::max(200, total - m_split->widget(1)->minimumWidth()));
    m_split->setSizes({table, total - table});
    m_dividerMoved = true;
}

bool VerifikasiPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const int code = key->key();
    if (watched == m_table) {
        if (code == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (m_table->currentIndex().isValid())
                m_model->toggleChecked(m_table->currentIndex().row());
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    auto* combo = qobject_cast<QComboBox*>(watched);
    if (combo && combo->view() && combo->view()->isVisible())
        return QWidget::eventFilter(watched, event); // the open list has the keys
    if (plain && (code == Qt::Key_Return || code == Qt::Key_Enter)) {
        applyFilters();
        focusTable();
        return true;
    }
    if (plain && code == Qt::Key_Escape) {
        focusTable();
        return true;
    }
    if ((watched == m_from || watched == m_to) && (code == Qt::Key_Tab || code == Qt::Key_Backtab)) {
        focusNextPrevChild(code == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace karier
