; Inno Setup script of PIMAP Desktop for Windows: a per-user install (no administrator rights)
; of the PyInstaller folder dist\PIMAP Desktop, with a Start-menu entry, the .pimap file type
; and an uninstaller that leaves the user's data alone.
;
;   iscc packaging\windows\pimap.iss        (after pyinstaller packaging\pimap.spec)
;
; The version is pyproject.toml's: pimap.spec writes it into the executable's version resource,
; and it is read back from there (or given with /DAppVersion=x.y.z).
;
; Where things are on the coordinator's laptop:
;   program   %LOCALAPPDATA%\Programs\PIMAP Desktop          (removed by the uninstaller)
;   data      %LOCALAPPDATA%\PIMAP\PIMAP Desktop\pimap.sqlite and its backups\ folder
;   log       %LOCALAPPDATA%\PIMAP\PIMAP Desktop\Logs\pimap.log
;   settings  HKCU\Software\PIMAP\PIMAP Desktop (window layout)
; The uninstaller removes the program only: data, backups, log and settings are kept.

#define AppName "PIMAP Desktop"
#define AppExe "PIMAP Desktop.exe"
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\PIMAP Desktop"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourceDir) + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error The version could not be read from the executable: build it with packaging\pimap.spec
#endif

[Setup]
AppId={{6C1F2B57-3E0A-4D51-9A8E-7B2D0C4F5A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PIMAP
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
; Per user: %LOCALAPPDATA%\Programs, no administrator rights, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=pimap.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#SourcePath}\..\..\dist
OutputBaseFilename=pimap-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's libraries whole (never the data: it lives elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .pimap file type (a PIMAP database), for this user only (HKCU\Software\Classes).
Root: HKA; Subkey: "Software\Classes\.pimap"; ValueType: string; ValueName: ""; ValueData: "PIMAP.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pimap\OpenWithProgids"; ValueType: string; ValueName: "PIMAP.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PIMAP.Database"; ValueType: string; ValueName: ""; ValueData: "PIMAP Desktop database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PIMAP.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\PIMAP.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pimap"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may have gained at run time; %LOCALAPPDATA%\PIMAP is not touched.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
