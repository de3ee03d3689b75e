// Corral's German and French catalogues, compiled into this library, and how a program
// picks the one of the person's language.
#pragma once

#include <QCoreApplication>
#include <QString>

// Declares tr() in the enclosing namespace, translating in `context`: what
// Q_DECLARE_TR_FUNCTIONS does for a class, for code made of free functions (the CLI). lupdate
// reads this macro as Q_DECLARE_TR_FUNCTIONS (see translations/CMakeLists.txt), so the
// strings of every tr("…") in the namespace, in its classes and in QT_TR_NOOP("…") land in
// the catalogues under the same context the program looks them up in.
#define CORRAL_DECLARE_TR_FUNCTIONS(context)                                                       \
    [[maybe_unused]] inline QString tr(                                                            \
        const char *sourceText, const char *disambiguation = nullptr, int n = -1)                  \
    {                                                                                              \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);               \
    }

namespace corral {

// Loads Corral's catalogue and Qt's own (qtbase, from Qt's translations directory, for
// QCommandLineParser's and the standard dialogs' words) for the person's language, as
// QLocale() gives it: LANGUAGE, LC_ALL, LC_MESSAGES or LANG, unless the program set a default
// locale. English, the language of the source, needs no catalogue. Calling it again replaces
// the catalogues it loaded before, so a program may follow a change of QLocale::setDefault().
void installTranslations(QCoreApplication &app);

} // namespace corral
