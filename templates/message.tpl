{{%AUTOESCAPE context="HTML"}}<article>
<h1>{{heading}}</h1>
<p>{{text}}</p>
<p><a href="/">Kembali ke daftar layanan</a> · <a href="/bantuan">Hubungi help desk</a></p>
</article>
