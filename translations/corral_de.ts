<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CommandButton</name>
    <message>
        <source>Show the equivalent command</source>
        <translation>Den entsprechenden Befehl zeigen</translation>
    </message>
    <message>
        <source>The same from a terminal: %1</source>
        <translation>Dasselbe im Terminal: %1</translation>
    </message>
    <message>
        <source>To make the same change from a terminal, run:</source>
        <translation>Für dieselbe Änderung im Terminal führen Sie aus:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Den Befehl kopieren</translation>
    </message>
</context>
<context>
    <name>DenialDelegate</name>
    <message>
        <source>Last: %1
First: %2</source>
        <translation>Zuletzt: %1
Erstmals: %2</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Allowed since: %1</source>
        <translation>Inzwischen erlaubt durch: %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Protokolliert: %1</translation>
    </message>
    <message>
        <source>Open the permissions of %1</source>
        <translation>Die Berechtigungen von %1 öffnen</translation>
    </message>
    <message>
        <source>Only logged</source>
        <translation>Nur protokolliert</translation>
    </message>
    <message>
        <source>Not blocked: the app runs in development mode, where what its sandbox would refuse is only written to the log</source>
        <translation>Nicht blockiert: Die App läuft im Entwicklermodus, in dem das, was ihre Sandbox verweigern würde, nur ins Protokoll geschrieben wird</translation>
    </message>
    <message>
        <source>Allow “%1”</source>
        <translation>„%1“ erlauben</translation>
    </message>
    <message>
        <source>Connect %1: the change on the command line is
%2</source>
        <translation>%1 verbinden: Die Änderung auf der Befehlszeile lautet
%2</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>Wird geändert</translation>
    </message>
</context>
<context>
    <name>DenialsView</name>
    <message>
        <source>Recently blocked</source>
        <translation>Kürzlich blockiert</translation>
    </message>
    <message>
        <source>What the sandbox refused your apps lately, newest first, and which permission would have allowed it. An app that stopped working often tried one of these.</source>
        <translation>Was die Sandbox Ihren Apps zuletzt verweigert hat, das Neueste zuerst, und welche Berechtigung es erlaubt hätte. Eine App, die nicht mehr funktioniert, hat oft eines davon versucht.</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>In letzter Zeit wurde nichts blockiert.</translation>
    </message>
    <message>
        <source>Asking Corral what was blocked…</source>
        <translation>Corral wird gefragt, was blockiert wurde …</translation>
    </message>
</context>
<context>
    <name>InterfacePlugDelegate</name>
    <message>
        <source>Changing</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>%1 may use this</source>
        <translation>%1 darf dies verwenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InterfacesView</name>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>No installed app asks for any permission.</source>
        <translation>Keine installierte App verlangt eine Berechtigung.</translation>
    </message>
    <message>
        <source>Apps that ask for %1</source>
        <translation>Apps, die dies verlangen: %1</translation>
    </message>
    <message>
        <source>Allow All</source>
        <translation>Allen erlauben</translation>
    </message>
    <message>
        <source>Allow every app listed to %1</source>
        <translation>Allen aufgeführten Apps erlauben: %1</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Allen verweigern</translation>
    </message>
    <message>
        <source>Deny every app listed %1</source>
        <translation>Allen aufgeführten Apps verweigern: %1</translation>
    </message>
    <message>
        <source>Choose a permission to see which apps ask for it.</source>
        <translation>Wählen Sie eine Berechtigung, um zu sehen, welche Apps sie verlangen.</translation>
    </message>
    <message>
        <source>Allowed for %1 of %2</source>
        <translation>Für %1 von %2 erlaubt</translation>
    </message>
    <message>
        <source>Apps asking: %1 · allowed: %2</source>
        <translation>Apps, die sie verlangen: %1 · davon erlaubt: %2</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>App Permissions</source>
        <translation>App-Berechtigungen</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>Die Änderung konnte nicht vorgenommen werden.</translation>
    </message>
    <message>
        <source>By app</source>
        <translation>Nach App</translation>
    </message>
    <message>
        <source>Permissions by app</source>
        <translation>Berechtigungen nach App</translation>
    </message>
    <message>
        <source>By permission</source>
        <translation>Nach Berechtigung</translation>
    </message>
    <message>
        <source>Apps by permission</source>
        <translation>Apps nach Berechtigung</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>App permissions cannot be shown</source>
        <translation>App-Berechtigungen können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Corral&apos;s permission service does not answer.</source>
        <translation>Corrals Berechtigungsdienst antwortet nicht.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the permission service again</source>
        <translation>Erneut versuchen, den Berechtigungsdienst zu erreichen</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Blockierungen</translation>
    </message>
    <message>
        <source>What the sandbox recently refused your apps</source>
        <translation>Was die Sandbox Ihren Apps kürzlich verweigert hat</translation>
    </message>
</context>
<context>
    <name>PlugDelegate</name>
    <message>
        <source>Provider of %1</source>
        <translation>Anbieter von %1</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>über</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>App Permissions</source>
        <translation>App-Berechtigungen</translation>
    </message>
</context>
<context>
    <name>SlotDelegate</name>
    <message>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <source>Not used by any app</source>
        <translation>Von keiner App verwendet</translation>
    </message>
</context>
<context>
    <name>SnapDelegate</name>
    <message>
        <source>%1, permissions changed</source>
        <translation>%1, Berechtigungen geändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Some permissions differ from the defaults</source>
        <translation>Einige Berechtigungen weichen von den Vorgaben ab</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <source>Devmode</source>
        <translation>Devmode</translation>
    </message>
    <message>
        <source>Runs without a sandbox</source>
        <translation>Läuft ohne Sandbox</translation>
    </message>
    <message>
        <source>Its sandbox does not block anything</source>
        <translation>Die Sandbox der App blockiert nichts</translation>
    </message>
</context>
<context>
    <name>SnapDetails</name>
    <message>
        <source>No app named “%1” is installed.</source>
        <translation>Keine App namens „%1“ ist installiert.</translation>
    </message>
    <message>
        <source>Choose an app to see its permissions.</source>
        <translation>Wählen Sie eine App, um ihre Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>Permissions of %1</source>
        <translation>Berechtigungen von %1</translation>
    </message>
    <message>
        <source>development mode</source>
        <translation>Entwicklermodus</translation>
    </message>
    <message>
        <source>classic confinement</source>
        <translation>klassische Einschränkung</translation>
    </message>
    <message>
        <source>strictly confined</source>
        <translation>streng eingeschränkt</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the permissions of %1 to their defaults</source>
        <translation>Die Berechtigungen von %1 auf ihre Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Turn on what the app gets automatically and turn off what was turned on by hand</source>
        <translation>Einschalten, was die App automatisch bekommt, und ausschalten, was von Hand eingeschaltet wurde</translation>
    </message>
    <message>
        <source>%1 uses classic confinement: it runs without a sandbox and can do anything you can do. The permissions below do not limit it.</source>
        <translation>%1 verwendet die klassische Einschränkung: Die App läuft ohne Sandbox und kann alles tun, was Sie tun können. Die Berechtigungen unten schränken sie nicht ein.</translation>
    </message>
    <message>
        <source>%1 runs in development mode: its sandbox reports what it would block but blocks nothing. The permissions below are recorded but not enforced.</source>
        <translation>%1 läuft im Entwicklermodus: Die Sandbox meldet, was sie blockieren würde, blockiert aber nichts. Die Berechtigungen unten werden gespeichert, aber nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>This app asks for no permissions.</source>
        <translation>Diese App verlangt keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Offered to other apps</source>
        <translation>Für andere Apps angeboten</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Recently blocked</source>
        <translation>Kürzlich blockiert</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>In letzter Zeit wurde nichts blockiert.</translation>
    </message>
</context>
<context>
    <name>SnapsView</name>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Installierte Apps</translation>
    </message>
    <message>
        <source>No app matches “%1”</source>
        <translation>Keine App passt zu „%1“</translation>
    </message>
    <message>
        <source>No apps are installed</source>
        <translation>Keine Apps installiert</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>Turning on…</source>
        <translation>Wird eingeschaltet …</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Wird ausgeschaltet …</translation>
    </message>
    <message>
        <source>Allowed automatically</source>
        <translation>Automatisch erlaubt</translation>
    </message>
    <message>
        <source>Allowed by you</source>
        <translation>Von Ihnen erlaubt</translation>
    </message>
    <message>
        <source>Turned off by you</source>
        <translation>Von Ihnen ausgeschaltet</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>corral</name>
    <message>
        <source>Run &quot;corral %1 --help&quot; for usage.</source>
        <translation>„corral %1 --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>cannot %1 with --direct: permission denied; --direct changes Corral&apos;s files itself, which only root may do (without --direct, Corral&apos;s helper makes the change once polkit allows it)</source>
        <translation>„corral %1 --direct“ nicht möglich: Zugriff verweigert; mit --direct ändert Corral seine Dateien selbst, was nur root darf (ohne --direct nimmt Corrals Hilfsprogramm die Änderung vor, sobald polkit es erlaubt)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The app to run: &lt;snap&gt;.&lt;app&gt;, or &lt;snap&gt; for the app named like its snap.</source>
        <translation>Die zu startende App: &lt;snap&gt;.&lt;app&gt;, oder &lt;snap&gt; für die App, die wie ihr Snap heißt.</translation>
    </message>
    <message>
        <source>Passed to the app.</source>
        <translation>Werden an die App übergeben.</translation>
    </message>
    <message>
        <source>which app? Give &lt;snap&gt;.&lt;app&gt;</source>
        <translation>welche App? Geben Sie &lt;snap&gt;.&lt;app&gt; an</translation>
    </message>
    <message>
        <source>cannot run %1: cannot execute %2: %3</source>
        <translation>Starten von %1 nicht möglich: %2 kann nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source> from directory %1</source>
        <translation> aus dem Verzeichnis %1</translation>
    </message>
    <message>
        <source> (not installed)</source>
        <translation> (nicht installiert)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source> (%1 service)</source>
        <translation> (Dienst vom Typ %1)</translation>
    </message>
    <message>
        <source>install &quot;%1&quot;</source>
        <translation>Installation von „%1“</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot %1: Corral&apos;s helper installs only .snap files; an unpacked directory can be installed only by root, with &quot;corral install --direct --dangerous %2&quot;</source>
        <translation>%1 nicht möglich: Corrals Hilfsprogramm installiert nur .snap-Dateien; ein entpacktes Verzeichnis kann nur root installieren, mit „corral install --direct --dangerous %2“</translation>
    </message>
    <message>
        <source>cannot %1: it is not a file</source>
        <translation>%1 nicht möglich: das ist keine Datei</translation>
    </message>
    <message>
        <source>%1 %2 installed</source>
        <translation>%1 %2 installiert</translation>
    </message>
    <message>
        <source>Allow installing an unpacked directory (for development; with --direct).</source>
        <translation>Installieren eines entpackten Verzeichnisses erlauben (für die Entwicklung; mit --direct).</translation>
    </message>
    <message>
        <source>Install in devmode: violations are logged, not denied.</source>
        <translation>Im devmode installieren: Verstöße werden protokolliert, nicht verhindert.</translation>
    </message>
    <message>
        <source>Allow a snap that asks for classic confinement (no sandbox).</source>
        <translation>Einen Snap zulassen, der die Einschränkung „classic“ verlangt (keine Sandbox).</translation>
    </message>
    <message>
        <source>A .snap file, or a directory with --dangerous.</source>
        <translation>Eine .snap-Datei oder, mit --dangerous, ein Verzeichnis.</translation>
    </message>
    <message>
        <source>cannot install: expected one PATH</source>
        <translation>Installieren nicht möglich: genau ein PATH erwartet</translation>
    </message>
    <message>
        <source>The snap to remove.</source>
        <translation>Der zu entfernende Snap.</translation>
    </message>
    <message>
        <source>cannot remove: expected one SNAP</source>
        <translation>Entfernen nicht möglich: genau ein SNAP erwartet</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>The snap to revert.</source>
        <translation>Der zurückzusetzende Snap.</translation>
    </message>
    <message>
        <source>cannot revert: expected one SNAP</source>
        <translation>Zurücksetzen nicht möglich: genau ein SNAP erwartet</translation>
    </message>
    <message>
        <source>revert %1</source>
        <translation>Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>%1 reverted to %2</source>
        <translation>%1 auf %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>cannot list: unexpected argument &quot;%1&quot;</source>
        <translation>Auflisten nicht möglich: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>No snaps are installed yet. Try &quot;corral install PATH.snap&quot;.</source>
        <translation>Noch sind keine Snaps installiert. Versuchen Sie „corral install PATH.snap“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Confinement</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>An installed snap.</source>
        <translation>Ein installierter Snap.</translation>
    </message>
    <message>
        <source>cannot show info: expected at least one SNAP</source>
        <translation>Anzeigen nicht möglich: mindestens ein SNAP erwartet</translation>
    </message>
    <message>
        <source>Connect a plug to a slot.</source>
        <translation>Einen Plug mit einem Slot verbinden.</translation>
    </message>
    <message>
        <source>List connections between plugs and slots.</source>
        <translation>Verbindungen zwischen Plugs und Slots auflisten.</translation>
    </message>
    <message>
        <source>Look at what Corral generated and what the kernel offers.</source>
        <translation>Ansehen, was Corral erzeugt hat und was der Kernel bietet.</translation>
    </message>
    <message>
        <source>Disconnect a plug.</source>
        <translation>Einen Plug trennen.</translation>
    </message>
    <message>
        <source>Show what a snap is and what it asks for.</source>
        <translation>Zeigen, was ein Snap ist und was er verlangt.</translation>
    </message>
    <message>
        <source>Install a snap as a new local revision.</source>
        <translation>Einen Snap als neue lokale Revision installieren.</translation>
    </message>
    <message>
        <source>Show what an interface allows and who uses it.</source>
        <translation>Zeigen, was eine Schnittstelle erlaubt und wer sie nutzt.</translation>
    </message>
    <message>
        <source>List the interfaces Corral knows.</source>
        <translation>Die Schnittstellen auflisten, die Corral kennt.</translation>
    </message>
    <message>
        <source>List installed snaps.</source>
        <translation>Installierte Snaps auflisten.</translation>
    </message>
    <message>
        <source>Remove a snap with all its revisions and data.</source>
        <translation>Einen Snap mit allen Revisionen und Daten entfernen.</translation>
    </message>
    <message>
        <source>Go back to the previous revision of a snap.</source>
        <translation>Zur vorigen Revision eines Snaps zurückkehren.</translation>
    </message>
    <message>
        <source>Run an app inside its sandbox.</source>
        <translation>Eine App in ihrer Sandbox starten.</translation>
    </message>
    <message>
        <source>Usage: corral COMMAND [OPTIONS…]</source>
        <translation>Aufruf: corral BEFEHL [OPTIONEN…]</translation>
    </message>
    <message>
        <source>Corral installs snaps and confines them.</source>
        <translation>Corral installiert Snaps und schließt sie in Sandboxen ein.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;corral COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>„corral BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>cannot run &quot;%1&quot;: unknown command</source>
        <translation>Ausführen von „%1“ nicht möglich: unbekannter Befehl</translation>
    </message>
    <message>
        <source>warning: cannot start polkit&apos;s text agent: pkttyagent is not installed</source>
        <translation>Warnung: Starten des polkit-Textagenten nicht möglich: pkttyagent ist nicht installiert</translation>
    </message>
    <message>
        <source>warning: cannot start polkit&apos;s text agent: %1</source>
        <translation>Warnung: Starten des polkit-Textagenten nicht möglich: %1</translation>
    </message>
    <message>
        <source>Make the change in this process instead of through Corral&apos;s helper (root only; for recovery when the helper cannot run).</source>
        <translation>Die Änderung in diesem Prozess vornehmen statt über Corrals Hilfsprogramm (nur root; zur Rettung, wenn das Hilfsprogramm nicht laufen kann).</translation>
    </message>
    <message>
        <source>there is no system bus</source>
        <translation>es gibt keinen Systembus</translation>
    </message>
    <message>
        <source>%1; as root, --direct works without it</source>
        <translation>%1; als root geht es mit --direct auch ohne</translation>
    </message>
    <message>
        <source>depends</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <translation>von Ihnen getrennt</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>cannot %1: expected PLUG and optionally SLOT</source>
        <translation>„corral %1“ nicht möglich: PLUG und optional SLOT erwartet</translation>
    </message>
    <message>
        <source>Also show plugs and slots that are not connected, and automatic connections you took away.</source>
        <translation>Auch nicht verbundene Plugs und Slots zeigen sowie automatische Verbindungen, die Sie getrennt haben.</translation>
    </message>
    <message>
        <source>Only this snap&apos;s connections.</source>
        <translation>Nur die Verbindungen dieses Snaps.</translation>
    </message>
    <message>
        <source>cannot list connections: expected at most one SNAP</source>
        <translation>Auflisten der Verbindungen nicht möglich: höchstens ein SNAP erwartet</translation>
    </message>
    <message>
        <source>cannot list connections of &quot;%1&quot;: it is not installed</source>
        <translation>Auflisten der Verbindungen von „%1“ nicht möglich: der Snap ist nicht installiert</translation>
    </message>
    <message>
        <source>No connections.</source>
        <translation>Keine Verbindungen.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Plug</source>
        <translation>Plug</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>cannot list interfaces: unexpected argument &quot;%1&quot;</source>
        <translation>Auflisten der Schnittstellen nicht möglich: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source>An interface, such as camera.</source>
        <translation>Eine Schnittstelle, etwa camera.</translation>
    </message>
    <message>
        <source>cannot show interface: expected one INTERFACE</source>
        <translation>Anzeigen der Schnittstelle nicht möglich: genau ein INTERFACE erwartet</translation>
    </message>
    <message>
        <source>cannot show interface &quot;%1&quot;: no such interface (see &quot;corral interfaces&quot;)</source>
        <translation>Anzeigen der Schnittstelle „%1“ nicht möglich: keine solche Schnittstelle (siehe „corral interfaces“)</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>allows:</source>
        <translation>Erlaubt:</translation>
    </message>
    <message>
        <source>category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>Sensibilität:</translation>
    </message>
    <message>
        <source>automatic:</source>
        <translation>Automatisch:</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>plugs:</source>
        <translation>Plugs:</translation>
    </message>
    <message>
        <source>slots:</source>
        <translation>Slots:</translation>
    </message>
    <message>
        <source>The plug, as snap:plug.</source>
        <translation>Der Plug, als snap:plug.</translation>
    </message>
    <message>
        <source>The slot, as snap:slot or snap; by default the only slot that fits.</source>
        <translation>Der Slot, als snap:slot oder snap; ohne Angabe der einzige passende Slot.</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>Verbinden von %1</translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 mit %2 verbunden</translation>
    </message>
    <message>
        <source>Also forget that you disconnected an automatic connection, so that it may be made again.</source>
        <translation>Auch vergessen, dass Sie eine automatische Verbindung getrennt haben, sodass sie wieder hergestellt werden kann.</translation>
    </message>
    <message>
        <source>Only its connection to this slot.</source>
        <translation>Nur seine Verbindung mit diesem Slot.</translation>
    </message>
    <message>
        <source>disconnect %1</source>
        <translation>Trennen von %1</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 getrennt</translation>
    </message>
    <message>
        <source>cannot show profile of &quot;%1&quot;: a security tag is snap.&lt;snap&gt;.&lt;app&gt;</source>
        <translation>Anzeigen des Profils von „%1“ nicht möglich: ein Sicherheits-Tag lautet snap.&lt;snap&gt;.&lt;app&gt;</translation>
    </message>
    <message>
        <source>cannot show profile of &quot;%1&quot;: no profiles were generated for it</source>
        <translation>Anzeigen des Profils von „%1“ nicht möglich: dafür wurden keine Profile erzeugt</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>classic</translation>
    </message>
    <message>
        <source>devmode</source>
        <translation>devmode</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>devel</source>
        <translation>in Entwicklung</translation>
    </message>
    <message>
        <source>base-missing</source>
        <translation>Basis fehlt</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>revisions:</source>
        <translation>Revisionen:</translation>
    </message>
    <message>
        <source>installed:</source>
        <translation>Installiert:</translation>
    </message>
    <message>
        <source>type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>grade:</source>
        <translation>Reifegrad:</translation>
    </message>
    <message>
        <source>license:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>confinement:</source>
        <translation>Einschränkung:</translation>
    </message>
    <message>
        <source>apps:</source>
        <translation>Apps:</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>to allow it: corral connect %1</source>
        <translation>zum Erlauben: corral connect %1</translation>
    </message>
    <message>
        <source>list denials</source>
        <translation>Auflisten der Blockierungen</translation>
    </message>
    <message>
        <source>list denials of %1</source>
        <translation>Auflisten der Blockierungen von %1</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>In letzter Zeit wurde nichts blockiert.</translation>
    </message>
    <message>
        <source>Nothing of %1 was blocked recently.</source>
        <translation>Für %1 wurde in letzter Zeit nichts blockiert.</translation>
    </message>
    <message>
        <source>cannot follow denials: %1</source>
        <translation>Verfolgen der Blockierungen nicht möglich: %1</translation>
    </message>
    <message>
        <source>follow denials</source>
        <translation>Verfolgen der Blockierungen</translation>
    </message>
    <message>
        <source>cannot resolve system call &quot;%1&quot;: not a number</source>
        <translation>Auflösen des Systemaufrufs „%1“ nicht möglich: keine Zahl</translation>
    </message>
    <message>
        <source>cannot resolve system call %1: unknown architecture &quot;%2&quot;</source>
        <translation>Auflösen des Systemaufrufs %1 nicht möglich: unbekannte Architektur „%2“</translation>
    </message>
    <message>
        <source>cannot resolve system call %1: %2 has no system call of that number</source>
        <translation>Auflösen des Systemaufrufs %1 nicht möglich: %2 hat keinen Systemaufruf mit dieser Nummer</translation>
    </message>
    <message>
        <source>cannot list denials: expected at most one snap</source>
        <translation>Auflisten der Blockierungen nicht möglich: höchstens ein Snap erwartet</translation>
    </message>
    <message>
        <source>cannot list denials of &quot;%1&quot;: %2</source>
        <translation>Auflisten der Blockierungen von „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot resolve a system call: expected one NUMBER</source>
        <translation>Auflösen eines Systemaufrufs nicht möglich: genau eine NUMBER erwartet</translation>
    </message>
    <message>
        <source>sandbox-features: what this kernel offers; profile TAG: the generated profiles of one app (snap.&lt;snap&gt;.&lt;app&gt;); denials [SNAP]: what confinement refused lately, and what would allow it; resolve-syscall NUMBER: the name of a system call.</source>
        <translation>sandbox-features: was dieser Kernel bietet; profile TAG: die erzeugten Profile einer App (snap.&lt;snap&gt;.&lt;app&gt;); denials [SNAP]: was die Einschränkung zuletzt verweigert hat und was es erlauben würde; resolve-syscall NUMBER: der Name eines Systemaufrufs.</translation>
    </message>
    <message>
        <source>With denials: keep printing new denials as they happen.</source>
        <translation>Mit denials: neue Blockierungen fortlaufend ausgeben, sobald sie auftreten.</translation>
    </message>
    <message>
        <source>With denials: those of every user&apos;s apps, not only yours (administrators).</source>
        <translation>Mit denials: die Blockierungen der Apps aller Benutzer, nicht nur Ihrer eigenen (für Administratoren).</translation>
    </message>
    <message>
        <source>With resolve-syscall: the architecture (x86_64, i386, aarch64, armhf, ppc64le, s390x, riscv64 …); this machine&apos;s by default.</source>
        <translation>Mit resolve-syscall: die Architektur (x86_64, i386, aarch64, armhf, ppc64le, s390x, riscv64 …); ohne Angabe die dieses Rechners.</translation>
    </message>
    <message>
        <source>cannot debug: --arch goes with resolve-syscall</source>
        <translation>debug nicht möglich: --arch gehört zu resolve-syscall</translation>
    </message>
    <message>
        <source>cannot debug: expected &quot;sandbox-features&quot;, &quot;profile TAG&quot;, &quot;denials [SNAP]&quot; or &quot;resolve-syscall NUMBER&quot;</source>
        <translation>debug nicht möglich: „sandbox-features“, „profile TAG“, „denials [SNAP]“ oder „resolve-syscall NUMBER“ erwartet</translation>
    </message>
    <message>
        <source>cannot debug: --follow, --all-users and --json go with denials</source>
        <translation>debug nicht möglich: --follow, --all-users und --json gehören zu denials</translation>
    </message>
</context>
<context>
    <name>corral-client</name>
    <message>
        <source>read</source>
        <comment>blocked: read /path</comment>
        <translation>lesen</translation>
    </message>
    <message>
        <source>list</source>
        <comment>blocked: list /directory</comment>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>write</source>
        <comment>blocked: write /path</comment>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>create</source>
        <comment>blocked: create /path</comment>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>blocked: delete /path</comment>
        <translation>löschen</translation>
    </message>
    <message>
        <source>execute</source>
        <comment>blocked: execute /path</comment>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>map into memory</source>
        <comment>blocked: map into memory /path</comment>
        <translation>in den Speicher abbilden</translation>
    </message>
    <message>
        <source>lock</source>
        <comment>blocked: lock /path</comment>
        <translation>sperren</translation>
    </message>
    <message>
        <source>link</source>
        <comment>blocked: link /path</comment>
        <translation>verknüpfen</translation>
    </message>
    <message>
        <source>truncate</source>
        <comment>blocked: truncate /path</comment>
        <translation>kürzen</translation>
    </message>
    <message>
        <source>use</source>
        <comment>blocked: use /dev/device</comment>
        <translation>verwenden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: &quot;a, b&quot;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: &quot;a and b&quot;</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>choices: &quot;a or b&quot;</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>blocked: what was done (&quot;read and write&quot;), then the path</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>listen on</source>
        <comment>blocked: listen on tcp port 80</comment>
        <translation>belegen</translation>
    </message>
    <message>
        <source>connect to</source>
        <comment>blocked: connect to tcp port 80</comment>
        <translation>ansprechen</translation>
    </message>
    <message>
        <source>create a %1 socket</source>
        <comment>blocked: create a socket of a family and type (&quot;netlink raw&quot;)</comment>
        <translation>einen Socket vom Typ %1 erstellen</translation>
    </message>
    <message>
        <source>connect a %1 socket</source>
        <translation>einen Socket vom Typ %1 verbinden</translation>
    </message>
    <message>
        <source>bind a %1 socket</source>
        <translation>einen Socket vom Typ %1 binden</translation>
    </message>
    <message>
        <source>accept connections on a %1 socket</source>
        <translation>Verbindungen auf einem Socket vom Typ %1 annehmen</translation>
    </message>
    <message>
        <source>use a %1 socket</source>
        <translation>einen Socket vom Typ %1 verwenden</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>D-Bus: member on path</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 bus)</source>
        <comment>D-Bus: member on path (session bus)</comment>
        <translation>%1 auf %2 (%3-Bus)</translation>
    </message>
    <message>
        <source>D-Bus signal %1</source>
        <translation>D-Bus-Signal %1</translation>
    </message>
    <message>
        <source>D-Bus name %1</source>
        <translation>D-Bus-Name %1</translation>
    </message>
    <message>
        <source>listening in on D-Bus %1</source>
        <translation>Mithören am D-Bus %1</translation>
    </message>
    <message>
        <source>D-Bus call %1</source>
        <translation>D-Bus-Aufruf %1</translation>
    </message>
    <message>
        <source>signal another program</source>
        <translation>einem anderen Programm ein Signal senden</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>ein Signal an %1 senden</translation>
    </message>
    <message>
        <source>trace another program</source>
        <translation>ein anderes Programm verfolgen</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>%1 verfolgen</translation>
    </message>
    <message>
        <source>mount a file system</source>
        <translation>ein Dateisystem einhängen</translation>
    </message>
    <message>
        <source>mount %1</source>
        <translation>%1 einhängen</translation>
    </message>
    <message>
        <source>connect to another program&apos;s socket</source>
        <translation>sich mit dem Socket eines anderen Programms verbinden</translation>
    </message>
    <message>
        <source>connect to the socket %1</source>
        <translation>sich mit dem Socket %1 verbinden</translation>
    </message>
    <message>
        <source>something its sandbox does not allow</source>
        <translation>etwas, das die Sandbox der App nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>blocked: an operation, then what</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>system call %1</source>
        <translation>Systemaufruf %1</translation>
    </message>
    <message>
        <source>capability %1</source>
        <translation>Capability %1</translation>
    </message>
    <message>
        <source>no permission would allow this</source>
        <translation>keine Berechtigung würde dies erlauben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a permission&apos;s label, then its name: &quot;Use your camera (camera)&quot;</comment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 would allow this</source>
        <comment>one or more permissions: &quot;Use your camera (camera) would allow this&quot;</comment>
        <translation>%1 würde dies erlauben</translation>
    </message>
    <message>
        <source>blocked: %1 — %2</source>
        <translation>blockiert: %1 — %2</translation>
    </message>
    <message>
        <source>logged: %1 — %2</source>
        <comment>not blocked, only logged (developer mode)</comment>
        <translation>protokolliert: %1 — %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corral-interfaces</name>
    <message>
        <source>Play sound</source>
        <translation>Ton wiedergeben</translation>
    </message>
    <message>
        <source>The app can play music, sounds and voices through your speakers or headphones.</source>
        <translation>Die App kann Musik, Töne und Stimmen über Ihre Lautsprecher oder Kopfhörer wiedergeben.</translation>
    </message>
    <message>
        <source>Record sound with your microphone</source>
        <translation>Mit Ihrem Mikrofon Ton aufnehmen</translation>
    </message>
    <message>
        <source>The app can listen to your microphone and other sound inputs, and record what they hear.</source>
        <translation>Die App kann Ihr Mikrofon und andere Audioeingänge abhören und aufzeichnen, was dort ankommt.</translation>
    </message>
    <message>
        <source>Use Bluetooth devices</source>
        <translation>Bluetooth-Geräte verwenden</translation>
    </message>
    <message>
        <source>The app can find, pair with and use Bluetooth devices such as headsets, keyboards and phones.</source>
        <translation>Die App kann Bluetooth-Geräte wie Headsets, Tastaturen und Telefone suchen, koppeln und verwenden.</translation>
    </message>
    <message>
        <source>Work as a web browser</source>
        <translation>Als Webbrowser arbeiten</translation>
    </message>
    <message>
        <source>The app gets the system features web browsers and web-based apps need. If it asks to run its own sandbox, it also gets powerful privileges to set that sandbox up.</source>
        <translation>Die App erhält die Systemfunktionen, die Webbrowser und webbasierte Apps brauchen. Verlangt sie, eine eigene Sandbox zu betreiben, erhält sie außerdem weitreichende Rechte, um diese Sandbox einzurichten.</translation>
    </message>
    <message>
        <source>Use your camera</source>
        <translation>Ihre Kamera verwenden</translation>
    </message>
    <message>
        <source>The app can take pictures and record video with any camera connected to this computer, whenever it runs.</source>
        <translation>Die App kann mit jeder an diesen Computer angeschlossenen Kamera fotografieren und Videos aufnehmen, wann immer sie läuft.</translation>
    </message>
    <message>
        <source>Share files with other apps</source>
        <translation>Dateien mit anderen Apps teilen</translation>
    </message>
    <message>
        <source>The app can use files another app offers to share, such as themes, libraries or documents, and change them where the other app allows it.</source>
        <translation>Die App kann Dateien nutzen, die eine andere App zum Teilen anbietet, etwa Designs, Bibliotheken oder Dokumente, und sie ändern, wo die andere App es erlaubt.</translation>
    </message>
    <message>
        <source>Manage printers and print jobs</source>
        <translation>Drucker und Druckaufträge verwalten</translation>
    </message>
    <message>
        <source>The app can print, add and set up printers, and see or cancel anyone&apos;s print jobs.</source>
        <translation>Die App kann drucken, Drucker hinzufügen und einrichten sowie die Druckaufträge aller Benutzer sehen oder abbrechen.</translation>
    </message>
    <message>
        <source>Use basic desktop services</source>
        <translation>Grundlegende Desktop-Dienste verwenden</translation>
    </message>
    <message>
        <source>The app can use your fonts, icons and theme, show notifications, and ask the desktop to open files and links or let you pick a file.</source>
        <translation>Die App kann Ihre Schriftarten, Symbole und Ihr Design verwenden, Benachrichtigungen anzeigen und die Arbeitsumgebung bitten, Dateien und Links zu öffnen oder Sie eine Datei auswählen zu lassen.</translation>
    </message>
    <message>
        <source>Use input methods and accessibility tools</source>
        <translation>Eingabemethoden und Barrierefreiheitswerkzeuge verwenden</translation>
    </message>
    <message>
        <source>The app can use input methods for typing in other languages and talk to accessibility tools such as screen readers, which can see what other apps show.</source>
        <translation>Die App kann Eingabemethoden zum Schreiben in anderen Sprachen nutzen und mit Barrierefreiheitswerkzeugen wie Bildschirmlesern kommunizieren, die sehen können, was andere Apps anzeigen.</translation>
    </message>
    <message>
        <source>Use your GnuPG keys</source>
        <translation>Ihre GnuPG-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>The app can read your GnuPG settings and keys, private keys included, to sign, encrypt and decrypt as you.</source>
        <translation>Die App kann Ihre GnuPG-Einstellungen und -Schlüssel lesen, private Schlüssel eingeschlossen, um in Ihrem Namen zu signieren, zu verschlüsseln und zu entschlüsseln.</translation>
    </message>
    <message>
        <source>Read and change desktop settings</source>
        <translation>Desktop-Einstellungen lesen und ändern</translation>
    </message>
    <message>
        <source>The app can read and change the settings your desktop and GNOME apps share, including those of other apps.</source>
        <translation>Die App kann die Einstellungen lesen und ändern, die Ihre Arbeitsumgebung und GNOME-Apps gemeinsam nutzen, auch die anderer Apps.</translation>
    </message>
    <message>
        <source>See details about your hardware</source>
        <translation>Details Ihrer Hardware sehen</translation>
    </message>
    <message>
        <source>The app can read which devices this computer has and which are plugged in, with their makers, models and serial numbers.</source>
        <translation>Die App kann lesen, welche Geräte dieser Computer hat und welche angeschlossen sind, mit Hersteller, Modell und Seriennummer.</translation>
    </message>
    <message>
        <source>Use HID devices directly</source>
        <translation>HID-Geräte direkt verwenden</translation>
    </message>
    <message>
        <source>The app can talk directly to input devices such as special keyboards, game controllers and sensors, bypassing the desktop.</source>
        <translation>Die App kann unter Umgehung der Arbeitsumgebung direkt mit Eingabegeräten wie Spezialtastaturen, Gamecontrollern und Sensoren kommunizieren.</translation>
    </message>
    <message>
        <source>Read and write files in your home folder</source>
        <translation>Dateien in Ihrem persönlichen Ordner lesen und schreiben</translation>
    </message>
    <message>
        <source>The app can open, change and delete your documents, pictures and other files in your home folder. Hidden files, such as other apps&apos; settings, stay out of reach.</source>
        <translation>Die App kann Ihre Dokumente, Bilder und anderen Dateien in Ihrem persönlichen Ordner öffnen, ändern und löschen. Versteckte Dateien, etwa die Einstellungen anderer Apps, bleiben unerreichbar.</translation>
    </message>
    <message>
        <source>Use game controllers</source>
        <translation>Gamecontroller verwenden</translation>
    </message>
    <message>
        <source>The app can read joysticks, gamepads and other game controllers connected to this computer.</source>
        <translation>Die App kann Joysticks, Gamepads und andere an diesen Computer angeschlossene Gamecontroller auslesen.</translation>
    </message>
    <message>
        <source>Use your Kerberos tickets</source>
        <translation>Ihre Kerberos-Tickets verwenden</translation>
    </message>
    <message>
        <source>The app can use the Kerberos tickets you have, and sign in as you to the services of your organization&apos;s network.</source>
        <translation>Die App kann Ihre Kerberos-Tickets verwenden und sich in Ihrem Namen bei den Diensten im Netzwerk Ihrer Organisation anmelden.</translation>
    </message>
    <message>
        <source>See your location</source>
        <translation>Ihren Standort sehen</translation>
    </message>
    <message>
        <source>The app can ask where this computer is, worked out from nearby Wi-Fi networks, the mobile network or a GPS receiver.</source>
        <translation>Die App kann abfragen, wo sich dieser Computer befindet, ermittelt aus WLANs in der Nähe, dem Mobilfunknetz oder einem GPS-Empfänger.</translation>
    </message>
    <message>
        <source>Read system logs</source>
        <translation>Systemprotokolle lesen</translation>
    </message>
    <message>
        <source>The app can read the system&apos;s logs, which record what programs, services and people did on this computer.</source>
        <translation>Die App kann die Protokolle des Systems lesen, die festhalten, was Programme, Dienste und Personen auf diesem Computer getan haben.</translation>
    </message>
    <message>
        <source>See which disks and shares are mounted</source>
        <translation>Sehen, welche Datenträger und Freigaben eingehängt sind</translation>
    </message>
    <message>
        <source>The app can see which disks, drives and network shares are in use, where, and how full they are.</source>
        <translation>Die App kann sehen, welche Festplatten, Laufwerke und Netzwerkfreigaben wo in Gebrauch sind und wie voll sie sind.</translation>
    </message>
    <message>
        <source>Control a media player</source>
        <translation>Einen Mediaplayer steuern</translation>
    </message>
    <message>
        <source>The app can see what a media player app is playing and play, pause or skip tracks in it.</source>
        <translation>Die App kann sehen, was eine Mediaplayer-App gerade abspielt, und darin Titel abspielen, anhalten oder überspringen.</translation>
    </message>
    <message>
        <source>Access the network</source>
        <translation>Auf das Netzwerk zugreifen</translation>
    </message>
    <message>
        <source>The app can connect to the internet and to other computers on your network.</source>
        <translation>Die App kann sich mit dem Internet und mit anderen Computern in Ihrem Netzwerk verbinden.</translation>
    </message>
    <message>
        <source>Accept connections from the network</source>
        <translation>Verbindungen aus dem Netzwerk annehmen</translation>
    </message>
    <message>
        <source>The app can run a server that other computers on your network, or the internet, can connect to.</source>
        <translation>Die App kann einen Server betreiben, mit dem sich andere Computer in Ihrem Netzwerk oder im Internet verbinden können.</translation>
    </message>
    <message>
        <source>Manage network connections</source>
        <translation>Netzwerkverbindungen verwalten</translation>
    </message>
    <message>
        <source>The app can see, add, change and remove network connections, including Wi-Fi passwords and VPNs, and turn networking on and off.</source>
        <translation>Die App kann Netzwerkverbindungen samt WLAN-Passwörtern und VPNs sehen, hinzufügen, ändern und entfernen sowie das Netzwerk ein- und ausschalten.</translation>
    </message>
    <message>
        <source>See your network settings and activity</source>
        <translation>Ihre Netzwerkeinstellungen und -aktivität sehen</translation>
    </message>
    <message>
        <source>The app can see how this computer is connected to networks and which connections every program has open.</source>
        <translation>Die App kann sehen, wie dieser Computer mit Netzwerken verbunden ist und welche Verbindungen jedes Programm offen hat.</translation>
    </message>
    <message>
        <source>Know whether you are online</source>
        <translation>Wissen, ob Sie online sind</translation>
    </message>
    <message>
        <source>The app can ask whether this computer is connected to the internet and whether the connection is metered.</source>
        <translation>Die App kann abfragen, ob dieser Computer mit dem Internet verbunden ist und ob die Verbindung getaktet ist.</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Die Grafikkarte verwenden</translation>
    </message>
    <message>
        <source>The app can use your graphics card to draw 3D graphics, play video smoothly and compute faster.</source>
        <translation>Die App kann Ihre Grafikkarte nutzen, um 3D-Grafik zu zeichnen, Videos flüssig abzuspielen und schneller zu rechnen.</translation>
    </message>
    <message>
        <source>Use CD and DVD drives</source>
        <translation>CD- und DVD-Laufwerke verwenden</translation>
    </message>
    <message>
        <source>The app can read the discs in your CD, DVD or Blu-ray drives and, if it asks to, burn new ones.</source>
        <translation>Die App kann die Discs in Ihren CD-, DVD- oder Blu-ray-Laufwerken lesen und, wenn sie es verlangt, neue brennen.</translation>
    </message>
    <message>
        <source>Use your saved passwords</source>
        <translation>Ihre gespeicherten Passwörter verwenden</translation>
    </message>
    <message>
        <source>The app can read, add and change the passwords and secrets your desktop keeps, those of every other app included.</source>
        <translation>Die App kann die Passwörter und Geheimnisse lesen, hinzufügen und ändern, die Ihre Arbeitsumgebung aufbewahrt, auch die aller anderen Apps.</translation>
    </message>
    <message>
        <source>Use some files in your home folder</source>
        <translation>Bestimmte Dateien in Ihrem persönlichen Ordner verwenden</translation>
    </message>
    <message>
        <source>The app can use the files and folders of your home folder that it names, which may include hidden ones such as another program&apos;s settings.</source>
        <translation>Die App kann die von ihr benannten Dateien und Ordner in Ihrem persönlichen Ordner verwenden, darunter womöglich versteckte wie die Einstellungen eines anderen Programms.</translation>
    </message>
    <message>
        <source>Control other running programs</source>
        <translation>Andere laufende Programme steuern</translation>
    </message>
    <message>
        <source>The app can stop, pause and kill other programs and change how much of the computer&apos;s time they get.</source>
        <translation>Die App kann andere Programme beenden, anhalten und abschießen und festlegen, wie viel Rechenzeit sie erhalten.</translation>
    </message>
    <message>
        <source>Play and record sound</source>
        <translation>Ton wiedergeben und aufnehmen</translation>
    </message>
    <message>
        <source>The app can play sound and also record from your microphone. Newer apps ask for these separately.</source>
        <translation>Die App kann Ton wiedergeben und auch über Ihr Mikrofon aufnehmen. Neuere Apps verlangen beides getrennt.</translation>
    </message>
    <message>
        <source>Use any USB device directly</source>
        <translation>Jedes USB-Gerät direkt verwenden</translation>
    </message>
    <message>
        <source>The app can talk directly to every USB device connected to this computer, including keyboards, storage and security keys.</source>
        <translation>Die App kann direkt mit jedem an diesen Computer angeschlossenen USB-Gerät kommunizieren, auch mit Tastaturen, Speichermedien und Sicherheitsschlüsseln.</translation>
    </message>
    <message>
        <source>Read and write files on USB drives and memory cards</source>
        <translation>Dateien auf USB-Laufwerken und Speicherkarten lesen und schreiben</translation>
    </message>
    <message>
        <source>The app can open, change and delete files on removable drives, memory cards and discs while they are plugged in.</source>
        <translation>Die App kann Dateien auf Wechseldatenträgern, Speicherkarten und Discs öffnen, ändern und löschen, solange diese eingesteckt sind.</translation>
    </message>
    <message>
        <source>Keep the screen on</source>
        <translation>Den Bildschirm eingeschaltet lassen</translation>
    </message>
    <message>
        <source>The app can keep the screen from dimming, locking or starting the screen saver, for example during a video.</source>
        <translation>Die App kann verhindern, dass der Bildschirm abgedunkelt oder gesperrt wird oder der Bildschirmschoner startet, etwa während eines Videos.</translation>
    </message>
    <message>
        <source>Use serial ports</source>
        <translation>Serielle Schnittstellen verwenden</translation>
    </message>
    <message>
        <source>The app can talk to devices on serial ports, such as microcontroller boards, modems and lab equipment.</source>
        <translation>Die App kann mit Geräten an seriellen Schnittstellen kommunizieren, etwa Mikrocontroller-Boards, Modems und Laborgeräten.</translation>
    </message>
    <message>
        <source>Share memory with other apps</source>
        <translation>Speicher mit anderen Apps teilen</translation>
    </message>
    <message>
        <source>The app can exchange data with another app through shared memory, or keep its shared memory private.</source>
        <translation>Die App kann über gemeinsamen Speicher Daten mit einer anderen App austauschen oder ihren gemeinsamen Speicher für sich behalten.</translation>
    </message>
    <message>
        <source>Use your SSH keys</source>
        <translation>Ihre SSH-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>The app can read your SSH settings and keys, private keys included, and log in to other computers as you.</source>
        <translation>Die App kann Ihre SSH-Einstellungen und -Schlüssel lesen, private Schlüssel eingeschlossen, und sich in Ihrem Namen bei anderen Computern anmelden.</translation>
    </message>
    <message>
        <source>Use some system files</source>
        <translation>Bestimmte Systemdateien verwenden</translation>
    </message>
    <message>
        <source>The app can use the system files and folders that it names, outside your home folder, such as configuration in /etc.</source>
        <translation>Die App kann die von ihr benannten Systemdateien und -ordner außerhalb Ihres persönlichen Ordners verwenden, etwa Konfiguration in /etc.</translation>
    </message>
    <message>
        <source>See all running programs</source>
        <translation>Alle laufenden Programme sehen</translation>
    </message>
    <message>
        <source>The app can see every program running on this computer, with the commands that started them and how much they use, and details of the system&apos;s state.</source>
        <translation>Die App kann jedes auf diesem Computer laufende Programm sehen, mit dem Befehl, der es gestartet hat, und wie viel es verbraucht, dazu Details zum Zustand des Systems.</translation>
    </message>
    <message>
        <source>Use security keys</source>
        <translation>Sicherheitsschlüssel verwenden</translation>
    </message>
    <message>
        <source>The app can use your FIDO or U2F security keys to sign in to websites and services, each time you touch the key.</source>
        <translation>Die App kann Ihre FIDO- oder U2F-Sicherheitsschlüssel verwenden, um sich bei Websites und Diensten anzumelden, jedes Mal, wenn Sie den Schlüssel berühren.</translation>
    </message>
    <message>
        <source>Show menus and icons in the desktop&apos;s bars</source>
        <translation>Menüs und Symbole in den Leisten der Arbeitsumgebung anzeigen</translation>
    </message>
    <message>
        <source>The app can put its menus in the desktop&apos;s menu bar, add an icon to the system tray and show progress on its launcher icon.</source>
        <translation>Die App kann ihre Menüs in der Menüleiste der Arbeitsumgebung anzeigen, ein Symbol in den Infobereich setzen und auf ihrem Startsymbol einen Fortschritt zeigen.</translation>
    </message>
    <message>
        <source>See battery and power status</source>
        <translation>Akku- und Stromversorgungsstatus sehen</translation>
    </message>
    <message>
        <source>The app can see whether the computer runs on battery and how much charge its batteries and those of wireless devices have left.</source>
        <translation>Die App kann sehen, ob der Computer mit Akku läuft und wie viel Ladung seine Akkus und die kabelloser Geräte noch haben.</translation>
    </message>
    <message>
        <source>Show windows on a Wayland desktop</source>
        <translation>Fenster auf einem Wayland-Desktop anzeigen</translation>
    </message>
    <message>
        <source>The app can open windows and receive your typing and pointer input while its windows have the focus.</source>
        <translation>Die App kann Fenster öffnen und Ihre Tastatur- und Zeigereingaben empfangen, solange ihre Fenster den Fokus haben.</translation>
    </message>
    <message>
        <source>Show windows on an X11 desktop</source>
        <translation>Fenster auf einem X11-Desktop anzeigen</translation>
    </message>
    <message>
        <source>The app can open windows. X11 does not keep apps apart: the app can also see other windows and what you type into them.</source>
        <translation>Die App kann Fenster öffnen. X11 trennt Apps nicht voneinander: Die App kann auch andere Fenster sehen und was Sie darin eingeben.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>corral-notify</name>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>Verbindung mit dem %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Shows a notification the first time confinement blocks one of your apps.</source>
        <translation>Zeigt eine Benachrichtigung, wenn die Einschränkung eine Ihrer Apps zum ersten Mal blockiert.</translation>
    </message>
    <message>
        <source>What a click on a notification runs, with the app&apos;s name added (default: $CORRAL_PERMISSIONS_COMMAND, or corral-permissions).</source>
        <translation>Was ein Klick auf eine Benachrichtigung ausführt, mit dem Namen der App angehängt (Vorgabe: $CORRAL_PERMISSIONS_COMMAND oder corral-permissions).</translation>
    </message>
    <message>
        <source>system bus</source>
        <translation>Systembus</translation>
    </message>
    <message>
        <source>session bus</source>
        <translation>Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>corral-permissions</name>
    <message>
        <source>cannot take a screenshot: Corral&apos;s helper did not answer within a minute</source>
        <translation>Aufnehmen des Bildschirmfotos nicht möglich: Corrals Hilfsprogramm hat nicht innerhalb einer Minute geantwortet</translation>
    </message>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>Speichern des Bildschirmfotos unter %1 nicht möglich</translation>
    </message>
    <message>
        <source>See and change what your apps may use.</source>
        <translation>Sehen und ändern, was Ihre Apps verwenden dürfen.</translation>
    </message>
    <message>
        <source>Open the view by permission, at INTERFACE when it is given.</source>
        <translation>Die Ansicht nach Berechtigung öffnen, bei INTERFACE, wenn angegeben.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it shows what the helper said, and quit.</source>
        <translation>Ein Bild des Fensters in FILE (PNG) speichern, sobald es zeigt, was das Hilfsprogramm gemeldet hat, und beenden.</translation>
    </message>
    <message>
        <source>The app to show (with --by-permission: the permission, e.g. camera).</source>
        <translation>Die anzuzeigende App (mit --by-permission: die Berechtigung, z. B. camera).</translation>
    </message>
    <message>
        <source>cannot open %1 things at once: name one</source>
        <translation>Öffnen von %1 Dingen gleichzeitig nicht möglich: nennen Sie eines</translation>
    </message>
    <message>
        <source>Open the view of what was recently blocked.</source>
        <translation>Die Ansicht dessen öffnen, was kürzlich blockiert wurde.</translation>
    </message>
</context>
<context>
    <name>corral-settings</name>
    <message>
        <source>Shows and changes what Corral&apos;s apps may do.</source>
        <translation>Zeigt und ändert, was die Apps von Corral dürfen.</translation>
    </message>
    <message>
        <source>The app to show first.</source>
        <translation>Die zuerst anzuzeigende App.</translation>
    </message>
    <message>
        <source>cannot start: give at most one snap name, not %1</source>
        <translation>Starten nicht möglich: höchstens einen Snap-Namen angeben, nicht %1</translation>
    </message>
    <message>
        <source>cannot start: the Corral.Permissions QML module does not load</source>
        <translation>Starten nicht möglich: das QML-Modul Corral.Permissions lässt sich nicht laden</translation>
    </message>
</context>
<context>
    <name>corral::client::Client</name>
    <message>
        <source>cannot reach Corral&apos;s helper (%1) on the system bus: %2</source>
        <translation>Corrals Hilfsprogramm (%1) ist auf dem Systembus nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot %1: cancelled</source>
        <translation>%1 nicht möglich: abgebrochen</translation>
    </message>
    <message>
        <source>cannot %1: Corral&apos;s helper did not answer (%2); the change may or may not have been made</source>
        <translation>%1 nicht möglich: Corrals Hilfsprogramm hat nicht geantwortet (%2); ob die Änderung vorgenommen wurde, ist unklar</translation>
    </message>
    <message>
        <source>cannot %1: Corral&apos;s helper does not understand this request (%2); is it from another version of Corral?</source>
        <translation>%1 nicht möglich: Corrals Hilfsprogramm versteht diese Anfrage nicht (%2); stammt es von einer anderen Version von Corral?</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot reach Corral&apos;s helper: %1</source>
        <translation>Corrals Hilfsprogramm ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>there is no system bus</source>
        <translation>es gibt keinen Systembus</translation>
    </message>
    <message>
        <source>list the installed snaps</source>
        <translation>Auflisten der installierten Snaps</translation>
    </message>
    <message>
        <source>list the interfaces</source>
        <translation>Auflisten der Schnittstellen</translation>
    </message>
    <message>
        <source>list the connections</source>
        <translation>Auflisten der Verbindungen</translation>
    </message>
    <message>
        <source>list the plugs of the installed snaps</source>
        <translation>Auflisten der Plugs der installierten Snaps</translation>
    </message>
    <message>
        <source>read the details of %1</source>
        <translation>Lesen der Details von %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>Verbinden von %1</translation>
    </message>
    <message>
        <source>disconnect %1</source>
        <translation>Trennen von %1</translation>
    </message>
    <message>
        <source>connect %1 to %2</source>
        <translation>Verbinden von %1 mit %2</translation>
    </message>
    <message>
        <source>reset the permissions of %1</source>
        <translation>Zurücksetzen der Berechtigungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>connect %n plug(s)</source>
        <translation>
            <numerusform>Verbinden von %n Plug</numerusform>
            <numerusform>Verbinden von %n Plugs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disconnect %n plug(s)</source>
        <translation>
            <numerusform>Trennen von %n Plug</numerusform>
            <numerusform>Trennen von %n Plugs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corral::gui::AppsView</name>
    <message>
        <source>Developer mode: its confinement is not enforced</source>
        <translation>Entwicklermodus: Die Einschränkung wird nicht durchgesetzt</translation>
    </message>
    <message>
        <source>Classic confinement: no sandbox</source>
        <translation>Klassische Einschränkung: keine Sandbox</translation>
    </message>
    <message>
        <source>Confined: it runs in a sandbox</source>
        <translation>Eingeschränkt: Die App läuft in einer Sandbox</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Its permissions differ from the defaults</source>
        <translation>Die Berechtigungen der App weichen von den Vorgaben ab</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Devmode</source>
        <translation>Devmode</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <source>Confined</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Shows only the apps whose name or summary contains the text</source>
        <translation>Zeigt nur die Apps, deren Name oder Zusammenfassung den Text enthält</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Installierte Apps</translation>
    </message>
    <message>
        <source>No app matches “%1”.</source>
        <translation>Keine App passt zu „%1“.</translation>
    </message>
    <message>
        <source>No apps are installed.</source>
        <translation>Keine Apps installiert.</translation>
    </message>
</context>
<context>
    <name>corral::gui::BusyIndicator</name>
    <message>
        <source>Applying the change</source>
        <translation>Die Änderung wird angewendet</translation>
    </message>
</context>
<context>
    <name>corral::gui::DenialList</name>
    <message>
        <source>One older denial is not shown.</source>
        <translation>Eine ältere Blockierung wird nicht angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n older denials are not shown.</source>
        <translation>
            <numerusform>%n ältere Blockierung wird nicht angezeigt.</numerusform>
            <numerusform>%n ältere Blockierungen werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Corral what was blocked…</source>
        <translation>Corral wird gefragt, was blockiert wurde …</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>In letzter Zeit wurde nichts blockiert.</translation>
    </message>
</context>
<context>
    <name>corral::gui::DenialRow</name>
    <message>
        <source>Only logged</source>
        <translation>Nur protokolliert</translation>
    </message>
    <message>
        <source>Not blocked: the app runs in developer mode, where what its sandbox would refuse is only written to the log</source>
        <translation>Nicht blockiert: Die App läuft im Entwicklermodus, in dem das, was ihre Sandbox verweigern würde, nur ins Protokoll geschrieben wird</translation>
    </message>
    <message>
        <source>Open the permissions of %1</source>
        <translation>Die Berechtigungen von %1 öffnen</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Erstmals: %1</translation>
    </message>
    <message>
        <source>Allowed since: %1</source>
        <translation>Inzwischen erlaubt durch: %1</translation>
    </message>
    <message>
        <source>Allow “%1”</source>
        <translation>„%1“ erlauben</translation>
    </message>
    <message>
        <source>Connect %1: the change on the command line is
%2</source>
        <translation>%1 verbinden: Die Änderung auf der Befehlszeile lautet
%2</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Protokolliert: %1</translation>
    </message>
</context>
<context>
    <name>corral::gui::DenialsView</name>
    <message>
        <source>Recently blocked</source>
        <translation>Kürzlich blockiert</translation>
    </message>
    <message>
        <source>What the sandbox refused your apps lately, newest first, and which permission would have allowed it. An app that stopped working often tried one of these.</source>
        <translation>Was die Sandbox Ihren Apps zuletzt verweigert hat, das Neueste zuerst, und welche Berechtigung es erlaubt hätte. Eine App, die nicht mehr funktioniert, hat oft eines davon versucht.</translation>
    </message>
</context>
<context>
    <name>corral::gui::InterfacePage</name>
    <message>
        <source>Choose a permission to see which apps may use it.</source>
        <translation>Wählen Sie eine Berechtigung, um zu sehen, welche Apps sie verwenden dürfen.</translation>
    </message>
    <message>
        <source>Allow All</source>
        <translation>Allen erlauben</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Allen verweigern</translation>
    </message>
    <message>
        <source>Let every app that asks for it use “%1”, with one authorization</source>
        <translation>Jede App, die danach verlangt, „%1“ verwenden lassen, mit einer einzigen Legitimierung</translation>
    </message>
    <message>
        <source>Take “%1” away from every app, with one authorization</source>
        <translation>„%1“ allen Apps entziehen, mit einer einzigen Legitimierung</translation>
    </message>
    <message>
        <source>No installed app asks for this permission.</source>
        <translation>Keine installierte App verlangt diese Berechtigung.</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibel</translation>
    </message>
</context>
<context>
    <name>corral::gui::MainWindow</name>
    <message>
        <source>Corral Permissions</source>
        <translation>Corral-Berechtigungen</translation>
    </message>
    <message>
        <source>Asking Corral what is installed…</source>
        <translation>Corral wird gefragt, was installiert ist …</translation>
    </message>
    <message>
        <source>Corral’s helper cannot be reached</source>
        <translation>Corrals Hilfsprogramm ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Permissions are shown and changed by corral-helper, a system service started on demand. Check that Corral is installed and the system bus is running, then try again.</source>
        <translation>Berechtigungen werden von corral-helper angezeigt und geändert, einem Systemdienst, der bei Bedarf startet. Prüfen Sie, ob Corral installiert ist und der Systembus läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ask the helper again</source>
        <translation>Das Hilfsprogramm erneut fragen</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Apps</translation>
    </message>
    <message>
        <source>What each app may use</source>
        <translation>Was jede App verwenden darf</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>Which apps may use each permission</source>
        <translation>Welche Apps jede Berechtigung verwenden dürfen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>“%1” is not installed.</source>
        <translation>„%1“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>Corral knows no permission called “%1”.</source>
        <translation>Corral kennt keine Berechtigung namens „%1“.</translation>
    </message>
    <message>
        <source>Not changed: authentication was cancelled.</source>
        <translation>Nicht geändert: Die Legitimierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>&amp;Denials</source>
        <translation>B&amp;lockierungen</translation>
    </message>
    <message>
        <source>What the sandbox recently refused your apps</source>
        <translation>Was die Sandbox Ihren Apps kürzlich verweigert hat</translation>
    </message>
</context>
<context>
    <name>corral::gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>corral::gui::PermissionsView</name>
    <message>
        <source>1 app, allowed</source>
        <translation>1 App, erlaubt</translation>
    </message>
    <message>
        <source>1 app, not allowed</source>
        <translation>1 App, nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 of %2 apps allowed</source>
        <translation>%1 von %2 Apps erlaubt</translation>
    </message>
    <message>
        <source>Search permissions</source>
        <translation>Berechtigungen suchen</translation>
    </message>
    <message>
        <source>Permissions that apps ask for</source>
        <translation>Berechtigungen, die Apps verlangen</translation>
    </message>
    <message>
        <source>No permission matches “%1”.</source>
        <translation>Keine Berechtigung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No installed app asks for any permission.</source>
        <translation>Keine installierte App verlangt eine Berechtigung.</translation>
    </message>
</context>
<context>
    <name>corral::gui::PlugRow</name>
    <message>
        <source>Which snap provides this permission</source>
        <translation>Welcher Snap diese Berechtigung bereitstellt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allowed automatically</source>
        <translation>Automatisch erlaubt</translation>
    </message>
    <message>
        <source>Allowed by you</source>
        <translation>Von Ihnen erlaubt</translation>
    </message>
    <message>
        <source>Turned off by you</source>
        <translation>Von Ihnen ausgeschaltet</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>%1, provided by %2</source>
        <translation>%1, bereitgestellt von %2</translation>
    </message>
    <message>
        <source>%1 · as “%2”</source>
        <translation>%1 · als „%2“</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Die Änderung wird angewendet …</translation>
    </message>
    <message>
        <source>Turn off: %1</source>
        <translation>Ausschalten: %1</translation>
    </message>
    <message>
        <source>Allow: %1</source>
        <translation>Erlauben: %1</translation>
    </message>
    <message>
        <source>Provider of %1</source>
        <translation>Anbieter von %1</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>The same change on the command line:
%1</source>
        <translation>Dieselbe Änderung auf der Befehlszeile:
%1</translation>
    </message>
    <message>
        <source>Command line for %1</source>
        <translation>Befehlszeile für %1</translation>
    </message>
</context>
<context>
    <name>corral::gui::SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Die Suche leeren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>corral::gui::SnapItems</name>
    <message>
        <source>Its permissions differ from the defaults</source>
        <translation>Die Berechtigungen der App weichen von den Vorgaben ab</translation>
    </message>
</context>
<context>
    <name>corral::gui::SnapPage</name>
    <message>
        <source>Developer mode</source>
        <translation>Entwicklermodus</translation>
    </message>
    <message>
        <source>Not confined (classic)</source>
        <translation>Nicht eingeschränkt (classic)</translation>
    </message>
    <message>
        <source>Confined</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Choose an app to see what it may use.</source>
        <translation>Wählen Sie eine App, um zu sehen, was sie verwenden darf.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Give back what was allowed automatically and take away what was allowed by hand</source>
        <translation>Zurückgeben, was automatisch erlaubt war, und entziehen, was von Hand erlaubt wurde</translation>
    </message>
    <message>
        <source>Offered to other apps</source>
        <translation>Für andere Apps angeboten</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 runs in developer mode: its confinement is not enforced; what it is refused is only logged.</source>
        <translation>%1 läuft im Entwicklermodus: Die Einschränkung wird nicht durchgesetzt; was verweigert würde, wird nur protokolliert.</translation>
    </message>
    <message>
        <source>%1 uses classic confinement: it has no sandbox and can do anything you can. The permissions below do not limit it.</source>
        <translation>%1 verwendet die klassische Einschränkung: Die App hat keine Sandbox und kann alles, was Sie können. Die Berechtigungen unten schränken sie nicht ein.</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Berechtigungen werden geladen …</translation>
    </message>
    <message>
        <source>This app asks for no permissions.</source>
        <translation>Diese App verlangt keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No app uses it</source>
        <translation>Keine App verwendet ihn</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <source>Recently blocked</source>
        <translation>Kürzlich blockiert</translation>
    </message>
</context>
<context>
    <name>corral::notify::Notifier</name>
    <message>
        <source>watching for denials</source>
        <translation>Blockierungen werden beobachtet</translation>
    </message>
    <message>
        <source>watching for denials again</source>
        <translation>Blockierungen werden wieder beobachtet</translation>
    </message>
    <message>
        <source>%1; trying again when the helper starts, or in a while</source>
        <translation>%1; neuer Versuch, sobald das Hilfsprogramm startet, oder in einer Weile</translation>
    </message>
    <message>
        <source>watch for denials</source>
        <translation>Beobachten der Blockierungen</translation>
    </message>
    <message>
        <source>ignoring denials without a valid snap or app name</source>
        <translation>Blockierungen ohne gültigen Snap- oder App-Namen werden ignoriert</translation>
    </message>
    <message>
        <source>Open Corral</source>
        <translation>Corral öffnen</translation>
    </message>
    <message>
        <source>%1 was blocked</source>
        <translation>%1 wurde blockiert</translation>
    </message>
    <message>
        <source>cannot show a notification: %1 (is a notification server running on the session bus?)</source>
        <translation>Anzeigen einer Benachrichtigung nicht möglich: %1 (läuft ein Benachrichtigungsserver auf dem Sitzungsbus?)</translation>
    </message>
    <message>
        <source>cannot open Corral: no command to run</source>
        <translation>Öffnen von Corral nicht möglich: kein Befehl zum Ausführen</translation>
    </message>
    <message>
        <source>cannot open Corral: cannot run %1: %2</source>
        <translation>Öffnen von Corral nicht möglich: %1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
</TS>
