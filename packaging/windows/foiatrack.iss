; Inno Setup script for foiatrack's Windows installer; packaging/build.py runs it with iscc and passes
; AppVersion, SourceDir (the PyInstaller program folder), IconFile and OutputDir.
; A per-user install: no administrator rights; the program goes to %LOCALAPPDATA%\Programs\foiatrack and
; the database stays in %LOCALAPPDATA%\foiatrack, which an uninstall leaves alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E0C9C0E-7A0B-4E43-9E5B-3C1F0A9D2F11}
AppName=foiatrack
AppVersion={#AppVersion}
AppPublisher=foiatrack
DefaultDirName={localappdata}\Programs\foiatrack
DefaultGroupName=foiatrack
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=foiatrack-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\foiatrack-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\foiatrack"; Filename: "{app}\foiatrack-app.exe"
Name: "{autodesktop}\foiatrack"; Filename: "{app}\foiatrack-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\foiatrack-app.exe"; Description: "Open foiatrack"; Flags: nowait postinstall skipifsilent
