; Inno Setup 6 script for fieldvisit (needs Inno Setup 6.3 or newer).
;
; Build with packaging\windows\build.ps1, which builds the PyInstaller bundle into dist\fieldvisit
; and then runs:
;   ISCC /DMyAppVersion=X.Y.Z /DMyAppFileVersion=X.Y.Z.0 packaging\windows\fieldvisit.iss
; The version lives only in fieldvisit\__init__.py; build.ps1 reads it (packaging\version.py).
;
; Upgrades: AppId below is fixed forever, so a newer installer finds the old installation and
; installs over it in the same folder and mode (per-user or all users). Uninstalling removes
; only the program: the user's data (%LOCALAPPDATA%\fieldvisit: the encrypted replica, photos,
; backups) and the replica's key in Windows Credential Manager are never touched.
;
; Languages: English is built into Inno Setup. Simplified Chinese is an unofficial Inno Setup 6
; translation (ChineseSimplified.isl): put it beside this script or in Inno Setup's Languages
; folder. See docs/install.md, "Building the Windows installer".

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=X.Y.Z (build.ps1 does this from fieldvisit\__init__.py)
#endif
#ifndef MyAppFileVersion
  #define MyAppFileVersion "0.0.0.0"
#endif
#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 without BOM)
#endif

#define MyAppName "fieldvisit"
#define MyAppExe "fieldvisit-gui.exe"
#define BundleDir "..\..\dist\fieldvisit"

#ifexist AddBackslash(SourcePath) + "ChineseSimplified.isl"
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
    #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
  #else
    #ifexist AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl"
      #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
    #else
      #error ChineseSimplified.isl not found: copy it beside this script (see docs/install.md)
    #endif
  #endif
#endif

[Setup]
; Never change AppId: it is how upgrades find the installed program.
AppId={{91143CF7-D257-4FE3-B354-879B1C88CF41}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=fieldvisit
VersionInfoVersion={#MyAppFileVersion}
VersionInfoProductVersion={#MyAppFileVersion}
VersionInfoDescription=fieldvisit setup
; Per-user by default (no administrator needed); the first page offers "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; {autopf}: %LOCALAPPDATA%\Programs\fieldvisit per user, C:\Program Files\fieldvisit for all users.
; Never the data folder %LOCALAPPDATA%\fieldvisit.
DefaultDirName={autopf}\{#MyAppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\fieldvisit.ico
UninstallDisplayIcon={app}\{#MyAppExe}
UninstallDisplayName={#MyAppName} {#MyAppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=fieldvisit-{#MyAppVersion}-windows-x64-setup
; Close a running fieldvisit before replacing its files (Restart Manager), reopen it afterwards.
CloseApplications=yes
RestartApplications=yes
ShowLanguageDialog=auto

[Languages]
; Chinese first: it is the users' language and the default when Windows is not in English.
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=走访慰问
english.AppTitle=fieldvisit
chinesesimplified.AppComment=离线走访慰问对象，登记发放，打印签收单，回到单位后同步
english.AppComment=Visit needy households offline, hand over aid, print receipts, sync later
chinesesimplified.CommandLine=fieldvisit 命令行
english.CommandLine=fieldvisit command line
chinesesimplified.DataKept=程序已卸载。本机的数据（%1）和系统凭据管理器中的密钥均已保留；重新安装后可继续使用。如需彻底清除，请先备份并在中心库注销本机，再手动删除该文件夹。
english.DataKept=The program was removed. This laptop's data (%1) and its key in Windows Credential Manager were kept; installing again continues with them. To erase them, back up and revoke this laptop at the hub first, then delete that folder by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole, so no file of the old version lingers.
; Only the program folder: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#MyAppExe}"; Comment: "{cm:AppComment}"
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k fieldvisit.exe --help"; WorkingDir: "{app}"; IconFilename: "{app}\fieldvisit.exe"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#MyAppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: the uninstaller removes only what [Files] and
; [Icons] installed. The data folder and the keyring entry are the user's and stay.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\fieldvisit');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
