/*
 * Test scaffolding for Wine only — never shipped, never in the installer.
 *
 * Stands in for a file someone planted beside setup.exe under the name of Microsoft's WebView2
 * installer (a Downloads folder holds whatever a web page saved there). It carries no
 * signature. Run, it leaves C:\planted-installer-ran.txt behind; scripts/windows checks that
 * the setup never ran it.
 *
 * Built by scripts/windows: x86_64-w64-mingw32-gcc -O2 -o
 *   MicrosoftEdgeWebView2RuntimeInstallerX64.exe planted-webview2-setup.c
 */
#include <stdio.h>

int main(void)
{
    FILE *mark = fopen("C:\\planted-installer-ran.txt", "w");
    if (mark) {
        fputs("the setup ran a WebView2 installer it had not checked\n", mark);
        fclose(mark);
    }
    return 0;
}
