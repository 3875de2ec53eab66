; Inno Setup 6 script: the Windows installer of inspect_app.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\inspect-app.iss
;
; Input: dist\inspect-app\ made by `python packaging\build.py --no-deb` (PyInstaller, the same
; packaging\inspect_app.spec as on Linux: inspect-app.exe for the command line and
; inspect-app-gui.exe, the same program without a console window, for the Start menu).
; Output: dist\inspect-app-VERSION-setup.exe. It installs per user (no administrator, into
; %LOCALAPPDATA%\Programs\inspect-app) or, when chosen in the first dialog, for all users
; (Program Files). Uninstalling removes the program folder; the user's data folder
; (%LOCALAPPDATA%\inspect_app) is left alone, as on Linux.
; This file is UTF-8 with a byte-order mark (Inno Setup 6 reads Chinese names from it).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppExe "inspect-app-gui.exe"
#define NameEn "Joint Environmental Inspection"
#define NameZh "联合执法现场检查"

[Setup]
AppId={{7C0E5F7A-3E0B-4E55-9C1D-5B2A8E6D4F21}
AppName={#NameZh} {#NameEn}
AppVersion={#AppVersion}
AppVerName={#NameZh} {#NameEn} {#AppVersion}
AppPublisher=inspect_app
DefaultDirName={autopf}\inspect-app
DefaultGroupName={#NameZh}
DisableProgramGroupPage=yes
; per user by default; the first dialog offers "for all users" (needs administrator)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=inspect-app-{#AppVersion}-setup
SetupIconFile=packaging\windows\inspect-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#NameZh} {#NameEn}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese ships with Inno Setup 6.3 and later; older compilers build English only
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\inspect-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; one entry, named in both languages, whatever the installer's language
Name: "{group}\{#NameZh} {#NameEn}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#NameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#NameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#NameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; nothing of the app's is written under {app} at run time; this only catches strays
Type: dirifempty; Name: "{app}"
