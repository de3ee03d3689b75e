<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CommandButton</name>
    <message>
        <source>Show the equivalent command</source>
        <translation>Afficher la commande équivalente</translation>
    </message>
    <message>
        <source>The same from a terminal: %1</source>
        <translation>La même chose depuis un terminal : %1</translation>
    </message>
    <message>
        <source>To make the same change from a terminal, run:</source>
        <translation>Pour faire la même modification depuis un terminal, exécutez :</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copier la commande</translation>
    </message>
</context>
<context>
    <name>DenialDelegate</name>
    <message>
        <source>Last: %1
First: %2</source>
        <translation>Dernière fois : %1
Première fois : %2</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Dernière fois : %1</translation>
    </message>
    <message>
        <source>Allowed since: %1</source>
        <translation>Désormais autorisé par : %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqué : %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Journalisé : %1</translation>
    </message>
    <message>
        <source>Open the permissions of %1</source>
        <translation>Ouvrir les autorisations de %1</translation>
    </message>
    <message>
        <source>Only logged</source>
        <translation>Seulement journalisé</translation>
    </message>
    <message>
        <source>Not blocked: the app runs in development mode, where what its sandbox would refuse is only written to the log</source>
        <translation>Non bloqué : l’application fonctionne en mode développeur, où ce que son bac à sable refuserait est seulement écrit dans le journal</translation>
    </message>
    <message>
        <source>Allow “%1”</source>
        <translation>Autoriser « %1 »</translation>
    </message>
    <message>
        <source>Connect %1: the change on the command line is
%2</source>
        <translation>Connecter %1 : en ligne de commande, la modification s’écrit
%2</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>Modification en cours</translation>
    </message>
</context>
<context>
    <name>DenialsView</name>
    <message>
        <source>Recently blocked</source>
        <translation>Blocages récents</translation>
    </message>
    <message>
        <source>What the sandbox refused your apps lately, newest first, and which permission would have allowed it. An app that stopped working often tried one of these.</source>
        <translation>Ce que le bac à sable a refusé récemment à vos applications, du plus récent au plus ancien, et quelle autorisation l’aurait permis. Une application qui a cessé de fonctionner a souvent tenté l’une de ces actions.</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>Rien n’a été bloqué récemment.</translation>
    </message>
    <message>
        <source>Asking Corral what was blocked…</source>
        <translation>Interrogation de Corral sur ce qui a été bloqué…</translation>
    </message>
</context>
<context>
    <name>InterfacePlugDelegate</name>
    <message>
        <source>Changing</source>
        <translation>Modification en cours</translation>
    </message>
    <message>
        <source>%1 may use this</source>
        <translation>%1 peut utiliser ceci</translation>
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
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>No installed app asks for any permission.</source>
        <translation>Aucune application installée ne demande d’autorisation.</translation>
    </message>
    <message>
        <source>Apps that ask for %1</source>
        <translation>Applications qui demandent : %1</translation>
    </message>
    <message>
        <source>Allow All</source>
        <translation>Tout autoriser</translation>
    </message>
    <message>
        <source>Allow every app listed to %1</source>
        <translation>Autoriser pour toutes les applications listées : %1</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Deny every app listed %1</source>
        <translation>Refuser pour toutes les applications listées : %1</translation>
    </message>
    <message>
        <source>Choose a permission to see which apps ask for it.</source>
        <translation>Choisissez une autorisation pour voir quelles applications la demandent.</translation>
    </message>
    <message>
        <source>Allowed for %1 of %2</source>
        <translation>Autorisé pour %1 sur %2</translation>
    </message>
    <message>
        <source>Apps asking: %1 · allowed: %2</source>
        <translation>Applications qui la demandent : %1 · autorisées : %2</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>App Permissions</source>
        <translation>Autorisations des applications</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>La modification n’a pas pu être effectuée.</translation>
    </message>
    <message>
        <source>By app</source>
        <translation>Par application</translation>
    </message>
    <message>
        <source>Permissions by app</source>
        <translation>Autorisations par application</translation>
    </message>
    <message>
        <source>By permission</source>
        <translation>Par autorisation</translation>
    </message>
    <message>
        <source>Apps by permission</source>
        <translation>Applications par autorisation</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>App permissions cannot be shown</source>
        <translation>Impossible d’afficher les autorisations des applications</translation>
    </message>
    <message>
        <source>Corral&apos;s permission service does not answer.</source>
        <translation>Le service d’autorisations de Corral ne répond pas.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to reach the permission service again</source>
        <translation>Essayer à nouveau de joindre le service d’autorisations</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>What the sandbox recently refused your apps</source>
        <translation>Ce que le bac à sable a récemment refusé à vos applications</translation>
    </message>
</context>
<context>
    <name>PlugDelegate</name>
    <message>
        <source>Provider of %1</source>
        <translation>Fournisseur de %1</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>Modification en cours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>via</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>App Permissions</source>
        <translation>Autorisations des applications</translation>
    </message>
</context>
<context>
    <name>SlotDelegate</name>
    <message>
        <source>Used by %1</source>
        <translation>Utilisé par %1</translation>
    </message>
    <message>
        <source>Not used by any app</source>
        <translation>Utilisé par aucune application</translation>
    </message>
</context>
<context>
    <name>SnapDelegate</name>
    <message>
        <source>%1, permissions changed</source>
        <translation>%1, autorisations modifiées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Some permissions differ from the defaults</source>
        <translation>Certaines autorisations diffèrent des valeurs par défaut</translation>
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
        <translation>Fonctionne sans bac à sable</translation>
    </message>
    <message>
        <source>Its sandbox does not block anything</source>
        <translation>Son bac à sable ne bloque rien</translation>
    </message>
</context>
<context>
    <name>SnapDetails</name>
    <message>
        <source>No app named “%1” is installed.</source>
        <translation>Aucune application nommée « %1 » n’est installée.</translation>
    </message>
    <message>
        <source>Choose an app to see its permissions.</source>
        <translation>Choisissez une application pour voir ses autorisations.</translation>
    </message>
    <message>
        <source>Permissions of %1</source>
        <translation>Autorisations de %1</translation>
    </message>
    <message>
        <source>development mode</source>
        <translation>mode développeur</translation>
    </message>
    <message>
        <source>classic confinement</source>
        <translation>confinement classic</translation>
    </message>
    <message>
        <source>strictly confined</source>
        <translation>strictement confiné</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset the permissions of %1 to their defaults</source>
        <translation>Rétablir les autorisations par défaut de %1</translation>
    </message>
    <message>
        <source>Turn on what the app gets automatically and turn off what was turned on by hand</source>
        <translation>Activer ce que l’application reçoit automatiquement et désactiver ce qui a été activé à la main</translation>
    </message>
    <message>
        <source>%1 uses classic confinement: it runs without a sandbox and can do anything you can do. The permissions below do not limit it.</source>
        <translation>%1 utilise le confinement classic : elle fonctionne sans bac à sable et peut faire tout ce que vous pouvez faire. Les autorisations ci-dessous ne la limitent pas.</translation>
    </message>
    <message>
        <source>%1 runs in development mode: its sandbox reports what it would block but blocks nothing. The permissions below are recorded but not enforced.</source>
        <translation>%1 fonctionne en mode développeur : son bac à sable signale ce qu’il bloquerait mais ne bloque rien. Les autorisations ci-dessous sont enregistrées mais pas appliquées.</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 ne peut pas fonctionner : %2</translation>
    </message>
    <message>
        <source>This app asks for no permissions.</source>
        <translation>Cette application ne demande aucune autorisation.</translation>
    </message>
    <message>
        <source>Offered to other apps</source>
        <translation>Proposé aux autres applications</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Recently blocked</source>
        <translation>Blocages récents</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>Rien n’a été bloqué récemment.</translation>
    </message>
</context>
<context>
    <name>SnapsView</name>
    <message>
        <source>Search apps</source>
        <translation>Rechercher des applications</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Applications installées</translation>
    </message>
    <message>
        <source>No app matches “%1”</source>
        <translation>Aucune application ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>No apps are installed</source>
        <translation>Aucune application installée</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>Turning on…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>Allowed automatically</source>
        <translation>Autorisé automatiquement</translation>
    </message>
    <message>
        <source>Allowed by you</source>
        <translation>Autorisé par vous</translation>
    </message>
    <message>
        <source>Turned off by you</source>
        <translation>Désactivé par vous</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
</context>
<context>
    <name>corral</name>
    <message>
        <source>Run &quot;corral %1 --help&quot; for usage.</source>
        <translation>Saisissez « corral %1 --help » pour voir l’utilisation.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>cannot %1 with --direct: permission denied; --direct changes Corral&apos;s files itself, which only root may do (without --direct, Corral&apos;s helper makes the change once polkit allows it)</source>
        <translation>impossible d’utiliser « corral %1 --direct » : permission refusée ; avec --direct, Corral modifie lui-même ses fichiers, ce que seul root peut faire (sans --direct, le programme d’assistance de Corral effectue la modification dès que polkit l’autorise)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>The app to run: &lt;snap&gt;.&lt;app&gt;, or &lt;snap&gt; for the app named like its snap.</source>
        <translation>L’application à lancer : &lt;snap&gt;.&lt;app&gt;, ou &lt;snap&gt; pour l’application qui porte le nom de son snap.</translation>
    </message>
    <message>
        <source>Passed to the app.</source>
        <translation>Transmis à l’application.</translation>
    </message>
    <message>
        <source>which app? Give &lt;snap&gt;.&lt;app&gt;</source>
        <translation>quelle application ? Indiquez &lt;snap&gt;.&lt;app&gt;</translation>
    </message>
    <message>
        <source>cannot run %1: cannot execute %2: %3</source>
        <translation>impossible de lancer %1 : impossible d’exécuter %2 : %3</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuelle)</translation>
    </message>
    <message>
        <source> from directory %1</source>
        <translation> depuis le répertoire %1</translation>
    </message>
    <message>
        <source> (not installed)</source>
        <translation> (non installée)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source> (%1 service)</source>
        <translation> (service %1)</translation>
    </message>
    <message>
        <source>install &quot;%1&quot;</source>
        <translation>installation de « %1 »</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>%1 impossible : %2</translation>
    </message>
    <message>
        <source>cannot %1: Corral&apos;s helper installs only .snap files; an unpacked directory can be installed only by root, with &quot;corral install --direct --dangerous %2&quot;</source>
        <translation>%1 impossible : le programme d’assistance de Corral n’installe que des fichiers .snap ; seul root peut installer un répertoire décompressé, avec « corral install --direct --dangerous %2 »</translation>
    </message>
    <message>
        <source>cannot %1: it is not a file</source>
        <translation>%1 impossible : ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1 %2 installed</source>
        <translation>%1 %2 installé</translation>
    </message>
    <message>
        <source>Allow installing an unpacked directory (for development; with --direct).</source>
        <translation>Autoriser l’installation d’un répertoire décompressé (pour le développement ; avec --direct).</translation>
    </message>
    <message>
        <source>Install in devmode: violations are logged, not denied.</source>
        <translation>Installer en devmode : les violations sont journalisées, pas refusées.</translation>
    </message>
    <message>
        <source>Allow a snap that asks for classic confinement (no sandbox).</source>
        <translation>Autoriser un snap qui demande le confinement « classic » (sans bac à sable).</translation>
    </message>
    <message>
        <source>A .snap file, or a directory with --dangerous.</source>
        <translation>Un fichier .snap, ou un répertoire avec --dangerous.</translation>
    </message>
    <message>
        <source>cannot install: expected one PATH</source>
        <translation>installation impossible : un seul PATH attendu</translation>
    </message>
    <message>
        <source>The snap to remove.</source>
        <translation>Le snap à supprimer.</translation>
    </message>
    <message>
        <source>cannot remove: expected one SNAP</source>
        <translation>suppression impossible : un seul SNAP attendu</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>The snap to revert.</source>
        <translation>Le snap à ramener à sa révision précédente.</translation>
    </message>
    <message>
        <source>cannot revert: expected one SNAP</source>
        <translation>retour en arrière impossible : un seul SNAP attendu</translation>
    </message>
    <message>
        <source>revert %1</source>
        <translation>retour en arrière de %1</translation>
    </message>
    <message>
        <source>%1 reverted to %2</source>
        <translation>%1 ramené à %2</translation>
    </message>
    <message>
        <source>cannot list: unexpected argument &quot;%1&quot;</source>
        <translation>liste impossible : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>No snaps are installed yet. Try &quot;corral install PATH.snap&quot;.</source>
        <translation>Aucun snap n’est encore installé. Essayez « corral install PATH.snap ».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Confinement</source>
        <translation>Confinement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>An installed snap.</source>
        <translation>Un snap installé.</translation>
    </message>
    <message>
        <source>cannot show info: expected at least one SNAP</source>
        <translation>affichage impossible : au moins un SNAP attendu</translation>
    </message>
    <message>
        <source>Connect a plug to a slot.</source>
        <translation>Connecter un plug à un slot.</translation>
    </message>
    <message>
        <source>List connections between plugs and slots.</source>
        <translation>Lister les connexions entre plugs et slots.</translation>
    </message>
    <message>
        <source>Look at what Corral generated and what the kernel offers.</source>
        <translation>Examiner ce que Corral a généré et ce que le noyau offre.</translation>
    </message>
    <message>
        <source>Disconnect a plug.</source>
        <translation>Déconnecter un plug.</translation>
    </message>
    <message>
        <source>Show what a snap is and what it asks for.</source>
        <translation>Montrer ce qu’est un snap et ce qu’il demande.</translation>
    </message>
    <message>
        <source>Install a snap as a new local revision.</source>
        <translation>Installer un snap comme nouvelle révision locale.</translation>
    </message>
    <message>
        <source>Show what an interface allows and who uses it.</source>
        <translation>Montrer ce qu’une interface permet et qui l’utilise.</translation>
    </message>
    <message>
        <source>List the interfaces Corral knows.</source>
        <translation>Lister les interfaces que Corral connaît.</translation>
    </message>
    <message>
        <source>List installed snaps.</source>
        <translation>Lister les snaps installés.</translation>
    </message>
    <message>
        <source>Remove a snap with all its revisions and data.</source>
        <translation>Supprimer un snap avec toutes ses révisions et données.</translation>
    </message>
    <message>
        <source>Go back to the previous revision of a snap.</source>
        <translation>Revenir à la révision précédente d’un snap.</translation>
    </message>
    <message>
        <source>Run an app inside its sandbox.</source>
        <translation>Lancer une application dans son bac à sable.</translation>
    </message>
    <message>
        <source>Usage: corral COMMAND [OPTIONS…]</source>
        <translation>Utilisation : corral COMMANDE [OPTIONS…]</translation>
    </message>
    <message>
        <source>Corral installs snaps and confines them.</source>
        <translation>Corral installe des snaps et les confine.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &quot;corral COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Saisissez « corral COMMANDE --help » pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>cannot run &quot;%1&quot;: unknown command</source>
        <translation>impossible d’exécuter « %1 » : commande inconnue</translation>
    </message>
    <message>
        <source>warning: cannot start polkit&apos;s text agent: pkttyagent is not installed</source>
        <translation>avertissement : impossible de démarrer l’agent texte de polkit : pkttyagent n’est pas installé</translation>
    </message>
    <message>
        <source>warning: cannot start polkit&apos;s text agent: %1</source>
        <translation>avertissement : impossible de démarrer l’agent texte de polkit : %1</translation>
    </message>
    <message>
        <source>Make the change in this process instead of through Corral&apos;s helper (root only; for recovery when the helper cannot run).</source>
        <translation>Effectuer la modification dans ce processus plutôt que par le programme d’assistance de Corral (root uniquement ; pour dépanner quand le programme d’assistance ne peut pas fonctionner).</translation>
    </message>
    <message>
        <source>there is no system bus</source>
        <translation>il n’y a pas de bus système</translation>
    </message>
    <message>
        <source>%1; as root, --direct works without it</source>
        <translation>%1 ; en tant que root, --direct fonctionne sans lui</translation>
    </message>
    <message>
        <source>depends</source>
        <translation>selon le cas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <translation>déconnectée par vous</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>cannot %1: expected PLUG and optionally SLOT</source>
        <translation>impossible d’exécuter « corral %1 » : PLUG attendu, éventuellement suivi de SLOT</translation>
    </message>
    <message>
        <source>Also show plugs and slots that are not connected, and automatic connections you took away.</source>
        <translation>Montrer aussi les plugs et slots non connectés, et les connexions automatiques que vous avez retirées.</translation>
    </message>
    <message>
        <source>Only this snap&apos;s connections.</source>
        <translation>Seulement les connexions de ce snap.</translation>
    </message>
    <message>
        <source>cannot list connections: expected at most one SNAP</source>
        <translation>liste des connexions impossible : au plus un SNAP attendu</translation>
    </message>
    <message>
        <source>cannot list connections of &quot;%1&quot;: it is not installed</source>
        <translation>liste des connexions de « %1 » impossible : ce snap n’est pas installé</translation>
    </message>
    <message>
        <source>No connections.</source>
        <translation>Aucune connexion.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
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
        <translation>liste des interfaces impossible : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Ce qu’elle permet</translation>
    </message>
    <message>
        <source>An interface, such as camera.</source>
        <translation>Une interface, par exemple camera.</translation>
    </message>
    <message>
        <source>cannot show interface: expected one INTERFACE</source>
        <translation>affichage de l’interface impossible : une seule INTERFACE attendue</translation>
    </message>
    <message>
        <source>cannot show interface &quot;%1&quot;: no such interface (see &quot;corral interfaces&quot;)</source>
        <translation>affichage de l’interface « %1 » impossible : interface inconnue (voir « corral interfaces »)</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>nom :</translation>
    </message>
    <message>
        <source>allows:</source>
        <translation>permet :</translation>
    </message>
    <message>
        <source>category:</source>
        <translation>catégorie :</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>sensibilité :</translation>
    </message>
    <message>
        <source>automatic:</source>
        <translation>automatique :</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>description :</translation>
    </message>
    <message>
        <source>plugs:</source>
        <translation>plugs :</translation>
    </message>
    <message>
        <source>slots:</source>
        <translation>slots :</translation>
    </message>
    <message>
        <source>The plug, as snap:plug.</source>
        <translation>Le plug, sous la forme snap:plug.</translation>
    </message>
    <message>
        <source>The slot, as snap:slot or snap; by default the only slot that fits.</source>
        <translation>Le slot, sous la forme snap:slot ou snap ; par défaut, le seul slot qui convient.</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>connexion de %1</translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 connecté à %2</translation>
    </message>
    <message>
        <source>Also forget that you disconnected an automatic connection, so that it may be made again.</source>
        <translation>Oublier aussi que vous avez déconnecté une connexion automatique, pour qu’elle puisse être rétablie.</translation>
    </message>
    <message>
        <source>Only its connection to this slot.</source>
        <translation>Seulement sa connexion à ce slot.</translation>
    </message>
    <message>
        <source>disconnect %1</source>
        <translation>déconnexion de %1</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 déconnecté</translation>
    </message>
    <message>
        <source>cannot show profile of &quot;%1&quot;: a security tag is snap.&lt;snap&gt;.&lt;app&gt;</source>
        <translation>affichage du profil de « %1 » impossible : une étiquette de sécurité s’écrit snap.&lt;snap&gt;.&lt;app&gt;</translation>
    </message>
    <message>
        <source>cannot show profile of &quot;%1&quot;: no profiles were generated for it</source>
        <translation>affichage du profil de « %1 » impossible : aucun profil n’a été généré pour lui</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
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
        <translation>stable</translation>
    </message>
    <message>
        <source>devel</source>
        <translation>en développement</translation>
    </message>
    <message>
        <source>base-missing</source>
        <translation>base manquante</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>défectueux</translation>
    </message>
    <message>
        <source>title:</source>
        <translation>titre :</translation>
    </message>
    <message>
        <source>summary:</source>
        <translation>résumé :</translation>
    </message>
    <message>
        <source>version:</source>
        <translation>version :</translation>
    </message>
    <message>
        <source>revisions:</source>
        <translation>révisions :</translation>
    </message>
    <message>
        <source>installed:</source>
        <translation>installation :</translation>
    </message>
    <message>
        <source>type:</source>
        <translation>type :</translation>
    </message>
    <message>
        <source>base:</source>
        <translation>base :</translation>
    </message>
    <message>
        <source>grade:</source>
        <translation>maturité :</translation>
    </message>
    <message>
        <source>license:</source>
        <translation>licence :</translation>
    </message>
    <message>
        <source>confinement:</source>
        <translation>confinement :</translation>
    </message>
    <message>
        <source>apps:</source>
        <translation>applications :</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>to allow it: corral connect %1</source>
        <translation>pour l’autoriser : corral connect %1</translation>
    </message>
    <message>
        <source>list denials</source>
        <translation>liste des blocages</translation>
    </message>
    <message>
        <source>list denials of %1</source>
        <translation>liste des blocages de %1</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>Rien n’a été bloqué récemment.</translation>
    </message>
    <message>
        <source>Nothing of %1 was blocked recently.</source>
        <translation>Rien n’a été bloqué récemment pour %1.</translation>
    </message>
    <message>
        <source>cannot follow denials: %1</source>
        <translation>suivi des blocages impossible : %1</translation>
    </message>
    <message>
        <source>follow denials</source>
        <translation>suivi des blocages</translation>
    </message>
    <message>
        <source>cannot resolve system call &quot;%1&quot;: not a number</source>
        <translation>résolution de l’appel système « %1 » impossible : ce n’est pas un nombre</translation>
    </message>
    <message>
        <source>cannot resolve system call %1: unknown architecture &quot;%2&quot;</source>
        <translation>résolution de l’appel système %1 impossible : architecture « %2 » inconnue</translation>
    </message>
    <message>
        <source>cannot resolve system call %1: %2 has no system call of that number</source>
        <translation>résolution de l’appel système %1 impossible : %2 n’a aucun appel système portant ce numéro</translation>
    </message>
    <message>
        <source>cannot list denials: expected at most one snap</source>
        <translation>liste des blocages impossible : au plus un snap attendu</translation>
    </message>
    <message>
        <source>cannot list denials of &quot;%1&quot;: %2</source>
        <translation>liste des blocages de « %1 » impossible : %2</translation>
    </message>
    <message>
        <source>cannot resolve a system call: expected one NUMBER</source>
        <translation>résolution d’un appel système impossible : un seul NUMBER attendu</translation>
    </message>
    <message>
        <source>sandbox-features: what this kernel offers; profile TAG: the generated profiles of one app (snap.&lt;snap&gt;.&lt;app&gt;); denials [SNAP]: what confinement refused lately, and what would allow it; resolve-syscall NUMBER: the name of a system call.</source>
        <translation>sandbox-features : ce que ce noyau offre ; profile TAG : les profils générés d’une application (snap.&lt;snap&gt;.&lt;app&gt;) ; denials [SNAP] : ce que le confinement a refusé récemment, et ce qui le permettrait ; resolve-syscall NUMBER : le nom d’un appel système.</translation>
    </message>
    <message>
        <source>With denials: keep printing new denials as they happen.</source>
        <translation>Avec denials : continuer d’afficher les nouveaux blocages à mesure qu’ils se produisent.</translation>
    </message>
    <message>
        <source>With denials: those of every user&apos;s apps, not only yours (administrators).</source>
        <translation>Avec denials : ceux des applications de tous les utilisateurs, pas seulement des vôtres (pour les administrateurs).</translation>
    </message>
    <message>
        <source>With resolve-syscall: the architecture (x86_64, i386, aarch64, armhf, ppc64le, s390x, riscv64 …); this machine&apos;s by default.</source>
        <translation>Avec resolve-syscall : l’architecture (x86_64, i386, aarch64, armhf, ppc64le, s390x, riscv64…) ; par défaut, celle de cette machine.</translation>
    </message>
    <message>
        <source>cannot debug: --arch goes with resolve-syscall</source>
        <translation>debug impossible : --arch va avec resolve-syscall</translation>
    </message>
    <message>
        <source>cannot debug: expected &quot;sandbox-features&quot;, &quot;profile TAG&quot;, &quot;denials [SNAP]&quot; or &quot;resolve-syscall NUMBER&quot;</source>
        <translation>debug impossible : « sandbox-features », « profile TAG », « denials [SNAP] » ou « resolve-syscall NUMBER » attendu</translation>
    </message>
    <message>
        <source>cannot debug: --follow, --all-users and --json go with denials</source>
        <translation>debug impossible : --follow, --all-users et --json vont avec denials</translation>
    </message>
</context>
<context>
    <name>corral-client</name>
    <message>
        <source>read</source>
        <comment>blocked: read /path</comment>
        <translation>lire</translation>
    </message>
    <message>
        <source>list</source>
        <comment>blocked: list /directory</comment>
        <translation>lister</translation>
    </message>
    <message>
        <source>write</source>
        <comment>blocked: write /path</comment>
        <translation>écrire</translation>
    </message>
    <message>
        <source>create</source>
        <comment>blocked: create /path</comment>
        <translation>créer</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>blocked: delete /path</comment>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>execute</source>
        <comment>blocked: execute /path</comment>
        <translation>exécuter</translation>
    </message>
    <message>
        <source>map into memory</source>
        <comment>blocked: map into memory /path</comment>
        <translation>projeter en mémoire</translation>
    </message>
    <message>
        <source>lock</source>
        <comment>blocked: lock /path</comment>
        <translation>verrouiller</translation>
    </message>
    <message>
        <source>link</source>
        <comment>blocked: link /path</comment>
        <translation>lier</translation>
    </message>
    <message>
        <source>truncate</source>
        <comment>blocked: truncate /path</comment>
        <translation>tronquer</translation>
    </message>
    <message>
        <source>use</source>
        <comment>blocked: use /dev/device</comment>
        <translation>utiliser</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: &quot;a, b&quot;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: &quot;a and b&quot;</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>choices: &quot;a or b&quot;</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>blocked: what was done (&quot;read and write&quot;), then the path</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>listen on</source>
        <comment>blocked: listen on tcp port 80</comment>
        <translation>écouter sur</translation>
    </message>
    <message>
        <source>connect to</source>
        <comment>blocked: connect to tcp port 80</comment>
        <translation>se connecter à</translation>
    </message>
    <message>
        <source>create a %1 socket</source>
        <comment>blocked: create a socket of a family and type (&quot;netlink raw&quot;)</comment>
        <translation>créer un socket %1</translation>
    </message>
    <message>
        <source>connect a %1 socket</source>
        <translation>connecter un socket %1</translation>
    </message>
    <message>
        <source>bind a %1 socket</source>
        <translation>lier un socket %1</translation>
    </message>
    <message>
        <source>accept connections on a %1 socket</source>
        <translation>accepter des connexions sur un socket %1</translation>
    </message>
    <message>
        <source>use a %1 socket</source>
        <translation>utiliser un socket %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>D-Bus: member on path</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 bus)</source>
        <comment>D-Bus: member on path (session bus)</comment>
        <translation>%1 sur %2 (bus %3)</translation>
    </message>
    <message>
        <source>D-Bus signal %1</source>
        <translation>signal D-Bus %1</translation>
    </message>
    <message>
        <source>D-Bus name %1</source>
        <translation>nom D-Bus %1</translation>
    </message>
    <message>
        <source>listening in on D-Bus %1</source>
        <translation>écoute clandestine sur D-Bus %1</translation>
    </message>
    <message>
        <source>D-Bus call %1</source>
        <translation>appel D-Bus %1</translation>
    </message>
    <message>
        <source>signal another program</source>
        <translation>envoyer un signal à un autre programme</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>envoyer un signal à %1</translation>
    </message>
    <message>
        <source>trace another program</source>
        <translation>tracer un autre programme</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>tracer %1</translation>
    </message>
    <message>
        <source>mount a file system</source>
        <translation>monter un système de fichiers</translation>
    </message>
    <message>
        <source>mount %1</source>
        <translation>monter %1</translation>
    </message>
    <message>
        <source>connect to another program&apos;s socket</source>
        <translation>se connecter au socket d’un autre programme</translation>
    </message>
    <message>
        <source>connect to the socket %1</source>
        <translation>se connecter au socket %1</translation>
    </message>
    <message>
        <source>something its sandbox does not allow</source>
        <translation>quelque chose que son bac à sable n’autorise pas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>blocked: an operation, then what</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>system call %1</source>
        <translation>appel système %1</translation>
    </message>
    <message>
        <source>capability %1</source>
        <translation>capacité %1</translation>
    </message>
    <message>
        <source>no permission would allow this</source>
        <translation>aucune autorisation ne le permettrait</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a permission&apos;s label, then its name: &quot;Use your camera (camera)&quot;</comment>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>%1 would allow this</source>
        <comment>one or more permissions: &quot;Use your camera (camera) would allow this&quot;</comment>
        <translation>%1 le permettrait</translation>
    </message>
    <message>
        <source>blocked: %1 — %2</source>
        <translation>bloqué : %1 — %2</translation>
    </message>
    <message>
        <source>logged: %1 — %2</source>
        <comment>not blocked, only logged (developer mode)</comment>
        <translation>journalisé : %1 — %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corral-interfaces</name>
    <message>
        <source>Play sound</source>
        <translation>Lire du son</translation>
    </message>
    <message>
        <source>The app can play music, sounds and voices through your speakers or headphones.</source>
        <translation>L’application peut diffuser de la musique, des sons et des voix sur vos haut-parleurs ou votre casque.</translation>
    </message>
    <message>
        <source>Record sound with your microphone</source>
        <translation>Enregistrer du son avec votre microphone</translation>
    </message>
    <message>
        <source>The app can listen to your microphone and other sound inputs, and record what they hear.</source>
        <translation>L’application peut écouter votre microphone et les autres entrées audio, et enregistrer ce qu’ils captent.</translation>
    </message>
    <message>
        <source>Use Bluetooth devices</source>
        <translation>Utiliser des appareils Bluetooth</translation>
    </message>
    <message>
        <source>The app can find, pair with and use Bluetooth devices such as headsets, keyboards and phones.</source>
        <translation>L’application peut rechercher, appairer et utiliser des appareils Bluetooth tels que des casques, des claviers et des téléphones.</translation>
    </message>
    <message>
        <source>Work as a web browser</source>
        <translation>Fonctionner comme un navigateur web</translation>
    </message>
    <message>
        <source>The app gets the system features web browsers and web-based apps need. If it asks to run its own sandbox, it also gets powerful privileges to set that sandbox up.</source>
        <translation>L’application obtient les fonctions du système dont ont besoin les navigateurs web et les applications web. Si elle demande à faire fonctionner son propre bac à sable, elle obtient aussi des privilèges étendus pour le mettre en place.</translation>
    </message>
    <message>
        <source>Use your camera</source>
        <translation>Utiliser votre caméra</translation>
    </message>
    <message>
        <source>The app can take pictures and record video with any camera connected to this computer, whenever it runs.</source>
        <translation>L’application peut prendre des photos et enregistrer des vidéos avec toute caméra connectée à cet ordinateur, à tout moment pendant qu’elle fonctionne.</translation>
    </message>
    <message>
        <source>Share files with other apps</source>
        <translation>Partager des fichiers avec d’autres applications</translation>
    </message>
    <message>
        <source>The app can use files another app offers to share, such as themes, libraries or documents, and change them where the other app allows it.</source>
        <translation>L’application peut utiliser les fichiers qu’une autre application propose de partager, comme des thèmes, des bibliothèques ou des documents, et les modifier là où l’autre application l’autorise.</translation>
    </message>
    <message>
        <source>Manage printers and print jobs</source>
        <translation>Gérer les imprimantes et les travaux d’impression</translation>
    </message>
    <message>
        <source>The app can print, add and set up printers, and see or cancel anyone&apos;s print jobs.</source>
        <translation>L’application peut imprimer, ajouter et configurer des imprimantes, et voir ou annuler les travaux d’impression de n’importe qui.</translation>
    </message>
    <message>
        <source>Use basic desktop services</source>
        <translation>Utiliser les services de base du bureau</translation>
    </message>
    <message>
        <source>The app can use your fonts, icons and theme, show notifications, and ask the desktop to open files and links or let you pick a file.</source>
        <translation>L’application peut utiliser vos polices, vos icônes et votre thème, afficher des notifications, et demander au bureau d’ouvrir des fichiers et des liens ou de vous laisser choisir un fichier.</translation>
    </message>
    <message>
        <source>Use input methods and accessibility tools</source>
        <translation>Utiliser les méthodes de saisie et les outils d’accessibilité</translation>
    </message>
    <message>
        <source>The app can use input methods for typing in other languages and talk to accessibility tools such as screen readers, which can see what other apps show.</source>
        <translation>L’application peut utiliser des méthodes de saisie pour écrire dans d’autres langues et communiquer avec des outils d’accessibilité comme les lecteurs d’écran, qui peuvent voir ce qu’affichent les autres applications.</translation>
    </message>
    <message>
        <source>Use your GnuPG keys</source>
        <translation>Utiliser vos clés GnuPG</translation>
    </message>
    <message>
        <source>The app can read your GnuPG settings and keys, private keys included, to sign, encrypt and decrypt as you.</source>
        <translation>L’application peut lire vos réglages et vos clés GnuPG, clés privées comprises, pour signer, chiffrer et déchiffrer en votre nom.</translation>
    </message>
    <message>
        <source>Read and change desktop settings</source>
        <translation>Lire et modifier les réglages du bureau</translation>
    </message>
    <message>
        <source>The app can read and change the settings your desktop and GNOME apps share, including those of other apps.</source>
        <translation>L’application peut lire et modifier les réglages que partagent votre bureau et les applications GNOME, y compris ceux des autres applications.</translation>
    </message>
    <message>
        <source>See details about your hardware</source>
        <translation>Voir les détails de votre matériel</translation>
    </message>
    <message>
        <source>The app can read which devices this computer has and which are plugged in, with their makers, models and serial numbers.</source>
        <translation>L’application peut lire quels périphériques possède cet ordinateur et lesquels sont branchés, avec leurs fabricants, leurs modèles et leurs numéros de série.</translation>
    </message>
    <message>
        <source>Use HID devices directly</source>
        <translation>Utiliser directement les périphériques HID</translation>
    </message>
    <message>
        <source>The app can talk directly to input devices such as special keyboards, game controllers and sensors, bypassing the desktop.</source>
        <translation>L’application peut communiquer directement avec des périphériques d’entrée tels que des claviers spéciaux, des manettes de jeu et des capteurs, en contournant le bureau.</translation>
    </message>
    <message>
        <source>Read and write files in your home folder</source>
        <translation>Lire et écrire des fichiers dans votre dossier personnel</translation>
    </message>
    <message>
        <source>The app can open, change and delete your documents, pictures and other files in your home folder. Hidden files, such as other apps&apos; settings, stay out of reach.</source>
        <translation>L’application peut ouvrir, modifier et supprimer vos documents, images et autres fichiers de votre dossier personnel. Les fichiers cachés, comme les réglages des autres applications, restent hors de sa portée.</translation>
    </message>
    <message>
        <source>Use game controllers</source>
        <translation>Utiliser des manettes de jeu</translation>
    </message>
    <message>
        <source>The app can read joysticks, gamepads and other game controllers connected to this computer.</source>
        <translation>L’application peut lire les joysticks, les manettes et les autres contrôleurs de jeu connectés à cet ordinateur.</translation>
    </message>
    <message>
        <source>Use your Kerberos tickets</source>
        <translation>Utiliser vos tickets Kerberos</translation>
    </message>
    <message>
        <source>The app can use the Kerberos tickets you have, and sign in as you to the services of your organization&apos;s network.</source>
        <translation>L’application peut utiliser vos tickets Kerberos et se connecter en votre nom aux services du réseau de votre organisation.</translation>
    </message>
    <message>
        <source>See your location</source>
        <translation>Voir votre position</translation>
    </message>
    <message>
        <source>The app can ask where this computer is, worked out from nearby Wi-Fi networks, the mobile network or a GPS receiver.</source>
        <translation>L’application peut demander où se trouve cet ordinateur, d’après les réseaux Wi-Fi voisins, le réseau mobile ou un récepteur GPS.</translation>
    </message>
    <message>
        <source>Read system logs</source>
        <translation>Lire les journaux du système</translation>
    </message>
    <message>
        <source>The app can read the system&apos;s logs, which record what programs, services and people did on this computer.</source>
        <translation>L’application peut lire les journaux du système, qui consignent ce que les programmes, les services et les personnes ont fait sur cet ordinateur.</translation>
    </message>
    <message>
        <source>See which disks and shares are mounted</source>
        <translation>Voir quels disques et partages sont montés</translation>
    </message>
    <message>
        <source>The app can see which disks, drives and network shares are in use, where, and how full they are.</source>
        <translation>L’application peut voir quels disques, lecteurs et partages réseau sont utilisés, à quel endroit, et à quel point ils sont remplis.</translation>
    </message>
    <message>
        <source>Control a media player</source>
        <translation>Contrôler un lecteur multimédia</translation>
    </message>
    <message>
        <source>The app can see what a media player app is playing and play, pause or skip tracks in it.</source>
        <translation>L’application peut voir ce que joue une application de lecture multimédia et y lire, mettre en pause ou passer des pistes.</translation>
    </message>
    <message>
        <source>Access the network</source>
        <translation>Accéder au réseau</translation>
    </message>
    <message>
        <source>The app can connect to the internet and to other computers on your network.</source>
        <translation>L’application peut se connecter à Internet et aux autres ordinateurs de votre réseau.</translation>
    </message>
    <message>
        <source>Accept connections from the network</source>
        <translation>Accepter des connexions depuis le réseau</translation>
    </message>
    <message>
        <source>The app can run a server that other computers on your network, or the internet, can connect to.</source>
        <translation>L’application peut faire fonctionner un serveur auquel d’autres ordinateurs de votre réseau, ou d’Internet, peuvent se connecter.</translation>
    </message>
    <message>
        <source>Manage network connections</source>
        <translation>Gérer les connexions réseau</translation>
    </message>
    <message>
        <source>The app can see, add, change and remove network connections, including Wi-Fi passwords and VPNs, and turn networking on and off.</source>
        <translation>L’application peut voir, ajouter, modifier et supprimer des connexions réseau, y compris les mots de passe Wi-Fi et les VPN, et activer ou désactiver le réseau.</translation>
    </message>
    <message>
        <source>See your network settings and activity</source>
        <translation>Voir vos réglages et votre activité réseau</translation>
    </message>
    <message>
        <source>The app can see how this computer is connected to networks and which connections every program has open.</source>
        <translation>L’application peut voir comment cet ordinateur est relié aux réseaux et quelles connexions chaque programme a ouvertes.</translation>
    </message>
    <message>
        <source>Know whether you are online</source>
        <translation>Savoir si vous êtes en ligne</translation>
    </message>
    <message>
        <source>The app can ask whether this computer is connected to the internet and whether the connection is metered.</source>
        <translation>L’application peut demander si cet ordinateur est connecté à Internet et si la connexion est limitée.</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>Utiliser la carte graphique</translation>
    </message>
    <message>
        <source>The app can use your graphics card to draw 3D graphics, play video smoothly and compute faster.</source>
        <translation>L’application peut utiliser votre carte graphique pour afficher des graphismes 3D, lire des vidéos de façon fluide et calculer plus vite.</translation>
    </message>
    <message>
        <source>Use CD and DVD drives</source>
        <translation>Utiliser les lecteurs CD et DVD</translation>
    </message>
    <message>
        <source>The app can read the discs in your CD, DVD or Blu-ray drives and, if it asks to, burn new ones.</source>
        <translation>L’application peut lire les disques de vos lecteurs CD, DVD ou Blu-ray et, si elle le demande, en graver de nouveaux.</translation>
    </message>
    <message>
        <source>Use your saved passwords</source>
        <translation>Utiliser vos mots de passe enregistrés</translation>
    </message>
    <message>
        <source>The app can read, add and change the passwords and secrets your desktop keeps, those of every other app included.</source>
        <translation>L’application peut lire, ajouter et modifier les mots de passe et les secrets que conserve votre bureau, y compris ceux de toutes les autres applications.</translation>
    </message>
    <message>
        <source>Use some files in your home folder</source>
        <translation>Utiliser certains fichiers de votre dossier personnel</translation>
    </message>
    <message>
        <source>The app can use the files and folders of your home folder that it names, which may include hidden ones such as another program&apos;s settings.</source>
        <translation>L’application peut utiliser les fichiers et dossiers de votre dossier personnel qu’elle désigne, y compris éventuellement des fichiers cachés comme les réglages d’un autre programme.</translation>
    </message>
    <message>
        <source>Control other running programs</source>
        <translation>Contrôler les autres programmes en cours</translation>
    </message>
    <message>
        <source>The app can stop, pause and kill other programs and change how much of the computer&apos;s time they get.</source>
        <translation>L’application peut arrêter, suspendre et tuer d’autres programmes, et changer la part du temps de l’ordinateur qu’ils obtiennent.</translation>
    </message>
    <message>
        <source>Play and record sound</source>
        <translation>Lire et enregistrer du son</translation>
    </message>
    <message>
        <source>The app can play sound and also record from your microphone. Newer apps ask for these separately.</source>
        <translation>L’application peut diffuser du son et aussi enregistrer depuis votre microphone. Les applications plus récentes demandent ces deux accès séparément.</translation>
    </message>
    <message>
        <source>Use any USB device directly</source>
        <translation>Utiliser directement n’importe quel périphérique USB</translation>
    </message>
    <message>
        <source>The app can talk directly to every USB device connected to this computer, including keyboards, storage and security keys.</source>
        <translation>L’application peut communiquer directement avec chaque périphérique USB connecté à cet ordinateur, y compris les claviers, les supports de stockage et les clés de sécurité.</translation>
    </message>
    <message>
        <source>Read and write files on USB drives and memory cards</source>
        <translation>Lire et écrire des fichiers sur les clés USB et les cartes mémoire</translation>
    </message>
    <message>
        <source>The app can open, change and delete files on removable drives, memory cards and discs while they are plugged in.</source>
        <translation>L’application peut ouvrir, modifier et supprimer des fichiers sur les supports amovibles, les cartes mémoire et les disques tant qu’ils sont branchés.</translation>
    </message>
    <message>
        <source>Keep the screen on</source>
        <translation>Garder l’écran allumé</translation>
    </message>
    <message>
        <source>The app can keep the screen from dimming, locking or starting the screen saver, for example during a video.</source>
        <translation>L’application peut empêcher l’écran de s’assombrir, de se verrouiller ou de lancer l’économiseur d’écran, par exemple pendant une vidéo.</translation>
    </message>
    <message>
        <source>Use serial ports</source>
        <translation>Utiliser les ports série</translation>
    </message>
    <message>
        <source>The app can talk to devices on serial ports, such as microcontroller boards, modems and lab equipment.</source>
        <translation>L’application peut communiquer avec des appareils branchés sur des ports série, comme des cartes à microcontrôleur, des modems et des équipements de laboratoire.</translation>
    </message>
    <message>
        <source>Share memory with other apps</source>
        <translation>Partager de la mémoire avec d’autres applications</translation>
    </message>
    <message>
        <source>The app can exchange data with another app through shared memory, or keep its shared memory private.</source>
        <translation>L’application peut échanger des données avec une autre application par de la mémoire partagée, ou garder sa mémoire partagée privée.</translation>
    </message>
    <message>
        <source>Use your SSH keys</source>
        <translation>Utiliser vos clés SSH</translation>
    </message>
    <message>
        <source>The app can read your SSH settings and keys, private keys included, and log in to other computers as you.</source>
        <translation>L’application peut lire vos réglages et vos clés SSH, clés privées comprises, et se connecter en votre nom à d’autres ordinateurs.</translation>
    </message>
    <message>
        <source>Use some system files</source>
        <translation>Utiliser certains fichiers système</translation>
    </message>
    <message>
        <source>The app can use the system files and folders that it names, outside your home folder, such as configuration in /etc.</source>
        <translation>L’application peut utiliser les fichiers et dossiers système qu’elle désigne, hors de votre dossier personnel, comme la configuration dans /etc.</translation>
    </message>
    <message>
        <source>See all running programs</source>
        <translation>Voir tous les programmes en cours</translation>
    </message>
    <message>
        <source>The app can see every program running on this computer, with the commands that started them and how much they use, and details of the system&apos;s state.</source>
        <translation>L’application peut voir chaque programme en cours sur cet ordinateur, avec la commande qui l’a lancé et ce qu’il consomme, ainsi que des détails sur l’état du système.</translation>
    </message>
    <message>
        <source>Use security keys</source>
        <translation>Utiliser des clés de sécurité</translation>
    </message>
    <message>
        <source>The app can use your FIDO or U2F security keys to sign in to websites and services, each time you touch the key.</source>
        <translation>L’application peut utiliser vos clés de sécurité FIDO ou U2F pour se connecter à des sites web et à des services, chaque fois que vous touchez la clé.</translation>
    </message>
    <message>
        <source>Show menus and icons in the desktop&apos;s bars</source>
        <translation>Afficher des menus et des icônes dans les barres du bureau</translation>
    </message>
    <message>
        <source>The app can put its menus in the desktop&apos;s menu bar, add an icon to the system tray and show progress on its launcher icon.</source>
        <translation>L’application peut placer ses menus dans la barre de menus du bureau, ajouter une icône dans la zone de notification et afficher une progression sur son icône de lancement.</translation>
    </message>
    <message>
        <source>See battery and power status</source>
        <translation>Voir l’état de la batterie et de l’alimentation</translation>
    </message>
    <message>
        <source>The app can see whether the computer runs on battery and how much charge its batteries and those of wireless devices have left.</source>
        <translation>L’application peut voir si l’ordinateur fonctionne sur batterie et quelle charge il reste à ses batteries et à celles des appareils sans fil.</translation>
    </message>
    <message>
        <source>Show windows on a Wayland desktop</source>
        <translation>Afficher des fenêtres sur un bureau Wayland</translation>
    </message>
    <message>
        <source>The app can open windows and receive your typing and pointer input while its windows have the focus.</source>
        <translation>L’application peut ouvrir des fenêtres et recevoir ce que vous tapez et les actions du pointeur tant que ses fenêtres ont le focus.</translation>
    </message>
    <message>
        <source>Show windows on an X11 desktop</source>
        <translation>Afficher des fenêtres sur un bureau X11</translation>
    </message>
    <message>
        <source>The app can open windows. X11 does not keep apps apart: the app can also see other windows and what you type into them.</source>
        <translation>L’application peut ouvrir des fenêtres. X11 ne sépare pas les applications : l’application peut aussi voir les autres fenêtres et ce que vous y tapez.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>Multimédia</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>corral-notify</name>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>connexion au %1 impossible : %2</translation>
    </message>
    <message>
        <source>Shows a notification the first time confinement blocks one of your apps.</source>
        <translation>Affiche une notification la première fois que le confinement bloque l’une de vos applications.</translation>
    </message>
    <message>
        <source>What a click on a notification runs, with the app&apos;s name added (default: $CORRAL_PERMISSIONS_COMMAND, or corral-permissions).</source>
        <translation>Ce qu’exécute un clic sur une notification, avec le nom de l’application ajouté (par défaut : $CORRAL_PERMISSIONS_COMMAND, ou corral-permissions).</translation>
    </message>
    <message>
        <source>system bus</source>
        <translation>bus système</translation>
    </message>
    <message>
        <source>session bus</source>
        <translation>bus de session</translation>
    </message>
</context>
<context>
    <name>corral-permissions</name>
    <message>
        <source>cannot take a screenshot: Corral&apos;s helper did not answer within a minute</source>
        <translation>capture d’écran impossible : le programme d’assistance de Corral n’a pas répondu en une minute</translation>
    </message>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>enregistrement de la capture d’écran dans %1 impossible</translation>
    </message>
    <message>
        <source>See and change what your apps may use.</source>
        <translation>Voir et modifier ce que vos applications peuvent utiliser.</translation>
    </message>
    <message>
        <source>Open the view by permission, at INTERFACE when it is given.</source>
        <translation>Ouvrir la vue par autorisation, sur INTERFACE s’il est indiqué.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it shows what the helper said, and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE (PNG) dès qu’elle affiche ce qu’a répondu le programme d’assistance, puis quitter.</translation>
    </message>
    <message>
        <source>The app to show (with --by-permission: the permission, e.g. camera).</source>
        <translation>L’application à afficher (avec --by-permission : l’autorisation, par ex. camera).</translation>
    </message>
    <message>
        <source>cannot open %1 things at once: name one</source>
        <translation>impossible d’ouvrir %1 éléments à la fois : indiquez-en un</translation>
    </message>
    <message>
        <source>Open the view of what was recently blocked.</source>
        <translation>Ouvrir la vue de ce qui a été bloqué récemment.</translation>
    </message>
</context>
<context>
    <name>corral-settings</name>
    <message>
        <source>Shows and changes what Corral&apos;s apps may do.</source>
        <translation>Affiche et modifie ce que les applications de Corral peuvent faire.</translation>
    </message>
    <message>
        <source>The app to show first.</source>
        <translation>L’application à afficher en premier.</translation>
    </message>
    <message>
        <source>cannot start: give at most one snap name, not %1</source>
        <translation>démarrage impossible : indiquez au plus un nom de snap, pas %1</translation>
    </message>
    <message>
        <source>cannot start: the Corral.Permissions QML module does not load</source>
        <translation>démarrage impossible : le module QML Corral.Permissions ne se charge pas</translation>
    </message>
</context>
<context>
    <name>corral::client::Client</name>
    <message>
        <source>cannot reach Corral&apos;s helper (%1) on the system bus: %2</source>
        <translation>impossible de joindre le programme d’assistance de Corral (%1) sur le bus système : %2</translation>
    </message>
    <message>
        <source>cannot %1: cancelled</source>
        <translation>%1 impossible : annulé</translation>
    </message>
    <message>
        <source>cannot %1: Corral&apos;s helper did not answer (%2); the change may or may not have been made</source>
        <translation>%1 impossible : le programme d’assistance de Corral n’a pas répondu (%2) ; la modification a pu être effectuée ou non</translation>
    </message>
    <message>
        <source>cannot %1: Corral&apos;s helper does not understand this request (%2); is it from another version of Corral?</source>
        <translation>%1 impossible : le programme d’assistance de Corral ne comprend pas cette demande (%2) ; provient-il d’une autre version de Corral ?</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>%1 impossible : %2</translation>
    </message>
    <message>
        <source>cannot reach Corral&apos;s helper: %1</source>
        <translation>impossible de joindre le programme d’assistance de Corral : %1</translation>
    </message>
    <message>
        <source>there is no system bus</source>
        <translation>il n’y a pas de bus système</translation>
    </message>
    <message>
        <source>list the installed snaps</source>
        <translation>liste des snaps installés</translation>
    </message>
    <message>
        <source>list the interfaces</source>
        <translation>liste des interfaces</translation>
    </message>
    <message>
        <source>list the connections</source>
        <translation>liste des connexions</translation>
    </message>
    <message>
        <source>list the plugs of the installed snaps</source>
        <translation>liste des plugs des snaps installés</translation>
    </message>
    <message>
        <source>read the details of %1</source>
        <translation>lecture des détails de %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>connexion de %1</translation>
    </message>
    <message>
        <source>disconnect %1</source>
        <translation>déconnexion de %1</translation>
    </message>
    <message>
        <source>connect %1 to %2</source>
        <translation>connexion de %1 à %2</translation>
    </message>
    <message>
        <source>reset the permissions of %1</source>
        <translation>réinitialisation des autorisations de %1</translation>
    </message>
    <message numerus="yes">
        <source>connect %n plug(s)</source>
        <translation>
            <numerusform>connexion de %n plug</numerusform>
            <numerusform>connexion de %n plugs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disconnect %n plug(s)</source>
        <translation>
            <numerusform>déconnexion de %n plug</numerusform>
            <numerusform>déconnexion de %n plugs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corral::gui::AppsView</name>
    <message>
        <source>Developer mode: its confinement is not enforced</source>
        <translation>Mode développeur : son confinement n’est pas appliqué</translation>
    </message>
    <message>
        <source>Classic confinement: no sandbox</source>
        <translation>Confinement classic : pas de bac à sable</translation>
    </message>
    <message>
        <source>Confined: it runs in a sandbox</source>
        <translation>Confinée : elle fonctionne dans un bac à sable</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Its permissions differ from the defaults</source>
        <translation>Ses autorisations diffèrent des valeurs par défaut</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
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
        <translation>Confinée</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Rechercher des applications</translation>
    </message>
    <message>
        <source>Shows only the apps whose name or summary contains the text</source>
        <translation>N’affiche que les applications dont le nom ou le résumé contient le texte</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Applications installées</translation>
    </message>
    <message>
        <source>No app matches “%1”.</source>
        <translation>Aucune application ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No apps are installed.</source>
        <translation>Aucune application n’est installée.</translation>
    </message>
</context>
<context>
    <name>corral::gui::BusyIndicator</name>
    <message>
        <source>Applying the change</source>
        <translation>Application de la modification</translation>
    </message>
</context>
<context>
    <name>corral::gui::DenialList</name>
    <message>
        <source>One older denial is not shown.</source>
        <translation>Un blocage plus ancien n’est pas affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%n older denials are not shown.</source>
        <translation>
            <numerusform>%n blocage plus ancien n’est pas affiché.</numerusform>
            <numerusform>%n blocages plus anciens ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Corral what was blocked…</source>
        <translation>Interrogation de Corral sur ce qui a été bloqué…</translation>
    </message>
    <message>
        <source>Nothing was blocked recently.</source>
        <translation>Rien n’a été bloqué récemment.</translation>
    </message>
</context>
<context>
    <name>corral::gui::DenialRow</name>
    <message>
        <source>Only logged</source>
        <translation>Seulement journalisé</translation>
    </message>
    <message>
        <source>Not blocked: the app runs in developer mode, where what its sandbox would refuse is only written to the log</source>
        <translation>Non bloqué : l’application fonctionne en mode développeur, où ce que son bac à sable refuserait est seulement écrit dans le journal</translation>
    </message>
    <message>
        <source>Open the permissions of %1</source>
        <translation>Ouvrir les autorisations de %1</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Dernière fois : %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Première fois : %1</translation>
    </message>
    <message>
        <source>Allowed since: %1</source>
        <translation>Désormais autorisé par : %1</translation>
    </message>
    <message>
        <source>Allow “%1”</source>
        <translation>Autoriser « %1 »</translation>
    </message>
    <message>
        <source>Connect %1: the change on the command line is
%2</source>
        <translation>Connecter %1 : en ligne de commande, la modification s’écrit
%2</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqué : %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Journalisé : %1</translation>
    </message>
</context>
<context>
    <name>corral::gui::DenialsView</name>
    <message>
        <source>Recently blocked</source>
        <translation>Blocages récents</translation>
    </message>
    <message>
        <source>What the sandbox refused your apps lately, newest first, and which permission would have allowed it. An app that stopped working often tried one of these.</source>
        <translation>Ce que le bac à sable a refusé récemment à vos applications, du plus récent au plus ancien, et quelle autorisation l’aurait permis. Une application qui a cessé de fonctionner a souvent tenté l’une de ces actions.</translation>
    </message>
</context>
<context>
    <name>corral::gui::InterfacePage</name>
    <message>
        <source>Choose a permission to see which apps may use it.</source>
        <translation>Choisissez une autorisation pour voir quelles applications peuvent l’utiliser.</translation>
    </message>
    <message>
        <source>Allow All</source>
        <translation>Tout autoriser</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Let every app that asks for it use “%1”, with one authorization</source>
        <translation>Permettre à chaque application qui le demande d’utiliser « %1 », avec une seule authentification</translation>
    </message>
    <message>
        <source>Take “%1” away from every app, with one authorization</source>
        <translation>Retirer « %1 » à toutes les applications, avec une seule authentification</translation>
    </message>
    <message>
        <source>No installed app asks for this permission.</source>
        <translation>Aucune application installée ne demande cette autorisation.</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
</context>
<context>
    <name>corral::gui::MainWindow</name>
    <message>
        <source>Corral Permissions</source>
        <translation>Autorisations Corral</translation>
    </message>
    <message>
        <source>Asking Corral what is installed…</source>
        <translation>Interrogation de Corral sur ce qui est installé…</translation>
    </message>
    <message>
        <source>Corral’s helper cannot be reached</source>
        <translation>Impossible de joindre le programme d’assistance de Corral</translation>
    </message>
    <message>
        <source>Permissions are shown and changed by corral-helper, a system service started on demand. Check that Corral is installed and the system bus is running, then try again.</source>
        <translation>Les autorisations sont affichées et modifiées par corral-helper, un service système démarré à la demande. Vérifiez que Corral est installé et que le bus système fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ask the helper again</source>
        <translation>Interroger à nouveau le programme d’assistance</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <source>What each app may use</source>
        <translation>Ce que chaque application peut utiliser</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>A&amp;utorisations</translation>
    </message>
    <message>
        <source>Which apps may use each permission</source>
        <translation>Quelles applications peuvent utiliser chaque autorisation</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>“%1” is not installed.</source>
        <translation>« %1 » n’est pas installé.</translation>
    </message>
    <message>
        <source>Corral knows no permission called “%1”.</source>
        <translation>Corral ne connaît aucune autorisation nommée « %1 ».</translation>
    </message>
    <message>
        <source>Not changed: authentication was cancelled.</source>
        <translation>Pas de modification : l’authentification a été annulée.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Pas de modification : %1</translation>
    </message>
    <message>
        <source>&amp;Denials</source>
        <translation>&amp;Blocages</translation>
    </message>
    <message>
        <source>What the sandbox recently refused your apps</source>
        <translation>Ce que le bac à sable a récemment refusé à vos applications</translation>
    </message>
</context>
<context>
    <name>corral::gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>corral::gui::PermissionsView</name>
    <message>
        <source>1 app, allowed</source>
        <translation>1 application, autorisée</translation>
    </message>
    <message>
        <source>1 app, not allowed</source>
        <translation>1 application, non autorisée</translation>
    </message>
    <message>
        <source>%1 of %2 apps allowed</source>
        <translation>%1 applications sur %2 autorisées</translation>
    </message>
    <message>
        <source>Search permissions</source>
        <translation>Rechercher des autorisations</translation>
    </message>
    <message>
        <source>Permissions that apps ask for</source>
        <translation>Autorisations que demandent les applications</translation>
    </message>
    <message>
        <source>No permission matches “%1”.</source>
        <translation>Aucune autorisation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No installed app asks for any permission.</source>
        <translation>Aucune application installée ne demande d’autorisation.</translation>
    </message>
</context>
<context>
    <name>corral::gui::PlugRow</name>
    <message>
        <source>Which snap provides this permission</source>
        <translation>Quel snap fournit cette autorisation</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allowed automatically</source>
        <translation>Autorisé automatiquement</translation>
    </message>
    <message>
        <source>Allowed by you</source>
        <translation>Autorisé par vous</translation>
    </message>
    <message>
        <source>Turned off by you</source>
        <translation>Désactivé par vous</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>%1, provided by %2</source>
        <translation>%1, fourni par %2</translation>
    </message>
    <message>
        <source>%1 · as “%2”</source>
        <translation>%1 · en tant que « %2 »</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Application de la modification…</translation>
    </message>
    <message>
        <source>Turn off: %1</source>
        <translation>Désactiver : %1</translation>
    </message>
    <message>
        <source>Allow: %1</source>
        <translation>Autoriser : %1</translation>
    </message>
    <message>
        <source>Provider of %1</source>
        <translation>Fournisseur de %1</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copier « %1 »</translation>
    </message>
    <message>
        <source>The same change on the command line:
%1</source>
        <translation>La même modification en ligne de commande :
%1</translation>
    </message>
    <message>
        <source>Command line for %1</source>
        <translation>Ligne de commande pour %1</translation>
    </message>
</context>
<context>
    <name>corral::gui::SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>corral::gui::SnapItems</name>
    <message>
        <source>Its permissions differ from the defaults</source>
        <translation>Ses autorisations diffèrent des valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>corral::gui::SnapPage</name>
    <message>
        <source>Developer mode</source>
        <translation>Mode développeur</translation>
    </message>
    <message>
        <source>Not confined (classic)</source>
        <translation>Non confinée (classic)</translation>
    </message>
    <message>
        <source>Confined</source>
        <translation>Confinée</translation>
    </message>
    <message>
        <source>Choose an app to see what it may use.</source>
        <translation>Choisissez une application pour voir ce qu’elle peut utiliser.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Give back what was allowed automatically and take away what was allowed by hand</source>
        <translation>Rendre ce qui était autorisé automatiquement et retirer ce qui a été autorisé à la main</translation>
    </message>
    <message>
        <source>Offered to other apps</source>
        <translation>Proposé aux autres applications</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 runs in developer mode: its confinement is not enforced; what it is refused is only logged.</source>
        <translation>%1 fonctionne en mode développeur : son confinement n’est pas appliqué ; ce qui lui est refusé est seulement journalisé.</translation>
    </message>
    <message>
        <source>%1 uses classic confinement: it has no sandbox and can do anything you can. The permissions below do not limit it.</source>
        <translation>%1 utilise le confinement classic : elle n’a pas de bac à sable et peut faire tout ce que vous pouvez faire. Les autorisations ci-dessous ne la limitent pas.</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 ne peut pas fonctionner : %2</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Chargement des autorisations…</translation>
    </message>
    <message>
        <source>This app asks for no permissions.</source>
        <translation>Cette application ne demande aucune autorisation.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No app uses it</source>
        <translation>Aucune application ne l’utilise</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Utilisé par %1</translation>
    </message>
    <message>
        <source>Recently blocked</source>
        <translation>Blocages récents</translation>
    </message>
</context>
<context>
    <name>corral::notify::Notifier</name>
    <message>
        <source>watching for denials</source>
        <translation>surveillance des blocages en cours</translation>
    </message>
    <message>
        <source>watching for denials again</source>
        <translation>surveillance des blocages reprise</translation>
    </message>
    <message>
        <source>%1; trying again when the helper starts, or in a while</source>
        <translation>%1 ; nouvel essai au démarrage du programme d’assistance, ou dans un moment</translation>
    </message>
    <message>
        <source>watch for denials</source>
        <translation>surveillance des blocages</translation>
    </message>
    <message>
        <source>ignoring denials without a valid snap or app name</source>
        <translation>blocages sans nom de snap ou d’application valide ignorés</translation>
    </message>
    <message>
        <source>Open Corral</source>
        <translation>Ouvrir Corral</translation>
    </message>
    <message>
        <source>%1 was blocked</source>
        <translation>%1 a été bloqué</translation>
    </message>
    <message>
        <source>cannot show a notification: %1 (is a notification server running on the session bus?)</source>
        <translation>affichage d’une notification impossible : %1 (un serveur de notifications fonctionne-t-il sur le bus de session ?)</translation>
    </message>
    <message>
        <source>cannot open Corral: no command to run</source>
        <translation>ouverture de Corral impossible : aucune commande à exécuter</translation>
    </message>
    <message>
        <source>cannot open Corral: cannot run %1: %2</source>
        <translation>ouverture de Corral impossible : impossible d’exécuter %1 : %2</translation>
    </message>
</context>
</TS>
