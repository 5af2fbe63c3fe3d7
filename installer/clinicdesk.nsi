; Windows installer for clinicdesk (NSIS 3), built by installer/build from the
; PyInstaller bundle (installer/clinicdesk.spec).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=dist\clinicdesk /DOUTFILE=dist\clinicdesk-0.1.0-setup.exe installer\clinicdesk.nsi
;
; Per-machine install into Program Files (needs an administrator), Start menu shortcut
; for all users, optional desktop shortcut. For IT:
;   clinicdesk-setup.exe /S                 silent install (add /DESKTOP for the desktop shortcut)
;   clinicdesk-setup.exe /S /D=C:\Apps\clinicdesk   silent install elsewhere (/D last, no quotes)
;   "%ProgramFiles%\clinicdesk\uninstall.exe" /S   silent uninstall
; The clinic's data lives in each user's %LOCALAPPDATA%\clinicdesk (or the folder set
; with CLINICDESK_DATA_DIR), never under the install folder: uninstalling and
; upgrading leave it alone.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef BUNDLE_DIR
  !error "pass /DBUNDLE_DIR=<the PyInstaller one-folder bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "clinicdesk-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\clinicdesk\resources\icons\clinicdesk.ico"
!endif

!define APP "clinicdesk"
!define PUBLISHER "clinicdesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define WINDOW_EXE "clinicdeskw.exe"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${WINDOW_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open clinicdesk"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "clinicdesk (required)" SecProgram
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the program files whole (a file dropped in the new version
  ; must not linger). Only the install folder is touched: the clinic's data is not in it.
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  File "/oname=clinicdesk.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\clinicdesk.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\clinicdesk.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  SetShellVarContext all
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\clinicdesk.ico"
SectionEnd

LangString DESC_Program ${LANG_ENGLISH} "The clinicdesk program and its Start menu shortcut."
LangString DESC_Desktop ${LANG_ENGLISH} "A clinicdesk shortcut on every user's desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_Program)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_Desktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "clinicdesk needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; An upgrade goes where the older version is, whatever the default.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
  ; /DESKTOP on the command line ticks the desktop shortcut (for silent installs).
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/DESKTOP" $2
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  ; The program folder only. The clinic's data (each user's %LOCALAPPDATA%\clinicdesk:
  ; the encrypted store, settings, logs, backups) stays for a reinstall or an upgrade.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\clinicdesk.exe"
  Delete "$INSTDIR\${WINDOW_EXE}"
  Delete "$INSTDIR\clinicdesk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DetailPrint "The clinic's data in %LOCALAPPDATA%\clinicdesk was kept."
SectionEnd
