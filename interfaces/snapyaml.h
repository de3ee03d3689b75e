// Reading meta/snap.yaml into a SnapInfo.
#pragma once

#include "interfaces/snapinfo.h"

#include <QByteArray>
#include <optional>

namespace corral {

struct SnapYamlResult
{
    std::optional<SnapInfo> snap; // set only when there are no errors
    Problems errors; // each "cannot …: …" with file, line and column
    Problems warnings; // e.g. a plug of an unknown interface, left out

    bool ok() const { return snap.has_value(); }
};

// The largest snap.yaml Corral reads; larger ones are refused before parsing.
inline constexpr qsizetype MaxSnapYamlSize = 1024 * 1024;

// Parses and validates the bytes of a snap.yaml. `fileName` is used in messages only.
// Never throws, never crashes on malformed, hostile, huge or deeply nested input.
SnapYamlResult parseSnapYaml(const QByteArray &yaml, const QString &fileName);

// Reads <snapDir>/meta/snap.yaml (refusing anything that is not a regular file or is
// larger than MaxSnapYamlSize) and parses it.
SnapYamlResult readSnapYaml(const QString &snapDir);

} // namespace corral
