#pragma once

#include "core/snippets/Snippet.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wb {

// The fields of one snippet (name, description, the body in a fixed-width
// font) and a line saying why the store refused it. Remembers the snippet it
// was loaded with, so its owner can tell whether anything was changed.
class SnippetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SnippetEditor(QWidget *parent = nullptr);

    // Shows `snippet` and clears the error. Fields that already hold the
    // same text are left alone, so saving keeps the cursor where it was.
    void load(const Snippet &snippet);
    const Snippet &loaded() const { return m_loaded; }
    // What the fields hold now, under the loaded snippet's id and row version.
    Snippet snippet() const;
    bool isModified() const;

    // An empty message hides the line.
    void showError(const QString &message);
    QString error() const;
    void focusName();

Q_SIGNALS:
    void edited();

private:
    Snippet m_loaded;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPlainTextEdit *m_body;
    QLabel *m_error;
};

} // namespace wb
