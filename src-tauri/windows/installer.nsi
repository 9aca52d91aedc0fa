; The Windows installer of 创业扶持导航, built on Linux by scripts/windows with Debian's makensis:
;   makensis -DVERSION=… -DBIN_DIR=<folder with both exes> -DOUT_FILE=<setup.exe> installer.nsi
;
; Per user, without administrator rights: the programs go to %LOCALAPPDATA%\Programs, the
; Start-menu entry, the uninstall entry and PATH are the user's own. The data folder
; (%APPDATA%\navigator\data: consultations, settings, the staff PIN's hash) is never written
; here; the uninstaller asks whether to keep it.
;
; Hand-written rather than Tauri's NSIS bundler: that one downloads its NSIS plug-ins and the
; WebView2 installer while it builds, and these machines build offline.

; A 64-bit installer for a 64-bit app (it also runs under Debian's 64-bit-only wine64).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "StrFunc.nsh"
!include "WinMessages.nsh"
!include "FileFunc.nsh"
!insertmacro un.GetParameters
!insertmacro un.GetOptions

${StrStr}
${UnStrRep}

!define NAME "创业扶持导航"
!define IDENTIFIER "cn.gov.shuozhou.navigator"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${IDENTIFIER}"
; The WebView2 runtime's product code: the same for the per-machine and the per-user install.
!define WEBVIEW2 "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
; Microsoft's Evergreen Standalone Installer, when it is beside this setup (the same USB stick).
!define WEBVIEW2_SETUP "MicrosoftEdgeWebView2RuntimeInstallerX64.exe"
; What the app itself says without the runtime: error-app-no-webview in
; locales/zh-CN/errors.ftl, word for word (a test in tests/windows.rs holds them together).
!define WEBVIEW2_ADVICE "本机没有 Microsoft Edge WebView2 运行时，创业扶持导航的窗口需要它才能显示。Windows 11 和更新过的 Windows 10 都已带有它。$\r$\n没有网络时：在能上网的电脑上打开 https://developer.microsoft.com/microsoft-edge/webview2/ ，在“常青版独立安装程序”（Evergreen Standalone Installer）下选 x64，下载 MicrosoftEdgeWebView2RuntimeInstallerX64.exe，用 U 盘复制到本机。$\r$\n双击运行它（以管理员身份运行则为所有用户安装），装好后再打开创业扶持导航。"

Name "${NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\navigator-desktop.exe"
!define MUI_FINISHPAGE_RUN_TEXT "现在打开${NAME}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; Whether the WebView2 runtime, which draws the app's window, is installed for the machine or
; for this user (Microsoft's documented check: a version "pv" other than empty or 0.0.0.0,
; under WOW6432Node on 64-bit Windows, without it elsewhere; both are read, for both roots).
!macro READ_WEBVIEW2_VERSION ROOT KEY
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 ${ROOT} "${KEY}\Microsoft\EdgeUpdate\Clients\${WEBVIEW2}" "pv"
  ${EndIf}
!macroend
Function HasWebView2
  Push $0
  StrCpy $0 ""
  !insertmacro READ_WEBVIEW2_VERSION HKLM "SOFTWARE\WOW6432Node"
  !insertmacro READ_WEBVIEW2_VERSION HKLM "SOFTWARE"
  !insertmacro READ_WEBVIEW2_VERSION HKCU "SOFTWARE\WOW6432Node"
  !insertmacro READ_WEBVIEW2_VERSION HKCU "SOFTWARE"
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
  Exch $0
FunctionEnd

; Whether the runtime was still missing once the installer had done what it could.
Var NoWebView2

; Whether the WebView2 installer beside this setup is Microsoft's, as Windows itself checks a
; signature (Authenticode, through PowerShell's Get-AuthenticodeSignature): a valid signature
; whose signer's organisation is exactly Microsoft Corporation (O=Microsoft Corporation, then
; a comma or the end: not "Microsoft Corporation Something Ltd"). Pushes "yes" or "no".
; Anything else — a file planted in a Downloads folder beside the setup, a signature from
; another signer or none, no PowerShell (Wine has none), an answer that is not the word asked
; for — is "no", and the file is not run. (A "'" in the setup's folder breaks the PowerShell
; literal: then too the answer is "no".)
Function IsMicrosoftsWebView2Setup
  nsExec::ExecToStack `"$SYSDIR\WindowsPowerShell\v1.0\powershell.exe" -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "$$s = Get-AuthenticodeSignature -LiteralPath '$EXEDIR\${WEBVIEW2_SETUP}'; if ($$s.Status -eq 'Valid' -and $$s.SignerCertificate.Subject -cmatch 'O=Microsoft Corporation(,|$$)') { 'signed-by-microsoft' }"`
  Pop $0
  Pop $1
  StrCpy $1 $1 19
  ${If} $0 == 0
  ${AndIf} $1 == "signed-by-microsoft"
    Push "yes"
  ${Else}
    Push "no"
  ${EndIf}
FunctionEnd

; Without the runtime, Microsoft's installer beside this setup (the same USB stick) is run
; first — only once its signature is checked. The program is installed in any case (the command
; line needs no runtime); the advice comes at the end.
Function .onInit
  StrCpy $NoWebView2 ""
  Call HasWebView2
  Pop $0
  ${If} $0 != ""
    Return
  ${EndIf}
  ${If} ${FileExists} "$EXEDIR\${WEBVIEW2_SETUP}"
    MessageBox MB_OK|MB_ICONINFORMATION "本机还没有 Microsoft Edge WebView2 运行时（${NAME}的窗口靠它显示）。$\r$\n$\r$\n现在核对安装程序旁边的 ${WEBVIEW2_SETUP} 的 Microsoft 签名；签名有效就从它安装，不需要联网。" /SD IDOK
    ; Checked right before it runs: nothing waits for a click in between.
    Call IsMicrosoftsWebView2Setup
    Pop $0
    ${If} $0 != "yes"
      MessageBox MB_OK|MB_ICONEXCLAMATION "安装程序旁边的 ${WEBVIEW2_SETUP} 没有 Microsoft 的有效签名（或无法核对），不会运行它。$\r$\n请从 Microsoft 的网站重新下载，或请本单位的电脑管理员安装 WebView2 运行时。" /SD IDOK
      StrCpy $NoWebView2 1
      Return
    ${EndIf}
    ExecWait '"$EXEDIR\${WEBVIEW2_SETUP}" /silent /install' $1
    Call HasWebView2
    Pop $0
    ${If} $0 != ""
      Return
    ${EndIf}
    MessageBox MB_OK|MB_ICONEXCLAMATION "WebView2 运行时没有装上（安装程序返回 $1）。请以管理员身份运行 ${WEBVIEW2_SETUP}，或请本单位的电脑管理员安装。" /SD IDOK
  ${EndIf}
  StrCpy $NoWebView2 1
FunctionEnd

Function .onInstSuccess
  ${If} $NoWebView2 != ""
    MessageBox MB_OK|MB_ICONEXCLAMATION "${NAME}已经装好，但还不能打开：$\r$\n$\r$\n${WEBVIEW2_ADVICE}$\r$\n$\r$\n命令行工具 navigator 不需要它，现在就能用。" /SD IDOK
  ${EndIf}
FunctionEnd

Section "${NAME}" Main
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Only these: the test-only bcryptprimitives.dll of tests/wine/ never goes in.
  File "${BIN_DIR}\navigator-desktop.exe"
  ; The mingw build of the app loads WebView2's loader from beside it (an MSVC build links it in).
  File "${BIN_DIR}\WebView2Loader.dll"
  File "${BIN_DIR}\navigator.exe"
  File "/oname=说明.txt" "${README}"
  WriteUninstaller "$INSTDIR\卸载.exe"

  CreateDirectory "$SMPROGRAMS\${NAME}"
  CreateShortcut "$SMPROGRAMS\${NAME}\${NAME}.lnk" "$INSTDIR\navigator-desktop.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}\卸载${NAME}.lnk" "$INSTDIR\卸载.exe"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "朔州市"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\navigator-desktop.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\卸载.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\卸载.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  Call AddToPath
SectionEnd

; Puts the install folder on the user's own PATH (HKCU\Environment), so that `navigator` runs
; from any new command prompt. NSIS strings hold 1024 characters: a longer PATH is left as it
; is rather than cut short, and the details say how to run the CLI instead.
Function AddToPath
  ReadRegStr $0 HKCU "Environment" "Path"
  ${StrStr} $1 ";$0;" ";$INSTDIR;"
  ${If} $1 != ""
    Return
  ${EndIf}
  StrLen $1 "$0;$INSTDIR"
  ${If} $1 > 1000
    DetailPrint "PATH 太长，没有加入；命令行工具在 $INSTDIR\navigator.exe"
    Return
  ${EndIf}
  ${If} $0 == ""
    StrCpy $0 "$INSTDIR"
  ${Else}
    StrCpy $0 "$0;$INSTDIR"
  ${EndIf}
  WriteRegExpandStr HKCU "Environment" "Path" "$0"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
FunctionEnd

Function un.RemoveFromPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  ${If} $1 > 1000
    Return
  ${EndIf}
  ${UnStrRep} $2 ";$0;" ";$INSTDIR;" ";"
  StrCpy $0 $2
  ; Drop the separators added around it above.
  StrCpy $0 $0 "" 1
  StrCpy $0 $0 -1
  ${If} $0 == ""
    DeleteRegValue HKCU "Environment" "Path"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" "$0"
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\navigator-desktop.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\navigator.exe"
  Delete "$INSTDIR\说明.txt"
  Delete "$INSTDIR\卸载.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${NAME}\${NAME}.lnk"
  Delete "$SMPROGRAMS\${NAME}\卸载${NAME}.lnk"
  RMDir "$SMPROGRAMS\${NAME}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  Call un.RemoveFromPath

  ; The data stays unless the person says otherwise (a silent uninstall keeps it, unless IT
  ; adds /REMOVEDATA): it holds the consultations, the settings and the staff PIN's hash, and
  ; a reinstall picks it up.
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    Goto remove_data
  ${EndIf}
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "是否同时删除本机保存的数据？$\r$\n$\r$\n$APPDATA\navigator\data$\r$\n（咨询记录、设置和工作人员密码）$\r$\n$\r$\n选“否”则保留，以后重新安装可以继续使用。" /SD IDNO IDYES remove_data
  Goto done
remove_data:
  RMDir /r "$APPDATA\navigator\data"
  RMDir "$APPDATA\navigator"
  ; The WebView2 page cache of the app (Tauri keeps it under the app's identifier).
  RMDir /r "$LOCALAPPDATA\${IDENTIFIER}"
done:
SectionEnd
